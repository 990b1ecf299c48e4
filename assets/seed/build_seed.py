#!/usr/bin/env python3
"""Build the app's built-in seed map (assets/seed-map.json) from the seed article.

The map is written by hand below: actors, relations and, for every relation, the exact
words of the article it was drawn from. The script finds each quote in the article,
computes its UTF-8 byte offsets itself, checks the whole map and only then writes the
JSON file. Any problem is reported on stderr and the script exits non-zero without
writing anything.

Checks: unique actor and relation ids, unique non-empty names and labels, known kinds,
aliases that occur literally in the article, no dangling relation ends, every actor in at
least one relation, every quote found exactly once (or at the occurrence index given),
byte offsets on character boundaries with text[start:end] == quote, and a readable
layout: no two actor boxes closer than MIN_GAP px, no box on the line (or, for parallel
relations, the curved bundle) of a relation it is not part of, and an overall extent
that fits a window.

Usage (from anywhere; Python 3, standard library only):

    python3 assets/seed/build_seed.py [--article PATH] [--out PATH]
"""

import argparse
import json
import math
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
DEFAULT_ARTICLE = "/work/shared/seed/000_1a8e32a83978186d.txt"
DEFAULT_OUT = os.path.join(REPO, "assets", "seed-map.json")

# ----------------------------------------------------------------------------------------
# Document metadata.
# ----------------------------------------------------------------------------------------

TITLE = "Trump–Lukashenko phone call (Carnegie, 21 August 2025)"
SOURCE_ID = "carnegie-2025-08-21"
SOURCE_META = {
    "id": SOURCE_ID,
    "title": "Can Belarus Capitalize on Historic Trump-Lukashenko Phone Call?",
    "publisher": "Carnegie Endowment for International Peace",
    "published": "2025-08-21",
    "url": "",
}

KINDS = {"person", "state", "organization", "group", "place", "event", "other"}

# Box geometry used by the app (see the brief): width 7.5 * len(name) + 28, height 30.
BOX_HEIGHT = 30.0
MIN_GAP = 24.0
# The whole map should fit a window of about 1500 x 900 px.
MAX_EXTENT = (1560.0, 960.0)
# Clearance between a relation's line and any other box; extra per parallel relation.
LINE_CLEARANCE = 6.0
CURVE_STEP = 20.0

# ----------------------------------------------------------------------------------------
# Actors: (id, name, kind, aliases, notes, (x, y)).
# Aliases are surface forms the article actually uses (checked to be literal substrings).
# Layout: the U.S.-Belarus axis runs across the middle (U.S. left, Belarus right), Trump and
# Lukashenko face each other near the centre, Russia and Putin above, Europe and the West
# below, Belarusian groups around Belarus, envoys between the two sides.
# ----------------------------------------------------------------------------------------

ACTORS = [
    ("trump", "Donald Trump", "person",
     ["Trump", "U.S. President Donald Trump", "the U.S. leader", "The impulsive Trump"],
     "U.S. President. Called Lukashenko on his way to meet Putin in Alaska, called him "
     "“highly respected President” and later urged him to free political prisoners.",
     (-210.0, -90.0)),
    ("lukashenko", "Alexander Lukashenko", "person",
     ["Lukashenko", "contested Belarusian leader", "the Belarusian leader",
      "highly respected President", "powerful leader",
      "the leader of a country with Belarus’s influence",
      "the architect of Belarus’ longstanding “oil for kisses” relationship with Russia"],
     "Contested leader of Belarus, thirty-one years in power; not recognized as legitimate "
     "by the West. Architect of Belarus’ “oil for kisses” relationship with Russia.",
     (210.0, -90.0)),
    ("putin", "Vladimir Putin", "person",
     ["Putin", "Russian President Vladimir Putin"],
     "Russian President; met Trump in Alaska for talks on Ukraine.",
     (-190.0, -410.0)),
    ("coale", "John Coale", "person",
     ["Coale", "Trump lawyer-turned-envoy John Coale"],
     "Trump’s lawyer-turned-envoy; has visited Minsk twice, including in June with Keith Kellogg.",
     (170.0, 190.0)),
    ("kellogg", "Keith Kellogg", "person",
     ["Kellogg", "U.S. envoy Keith Kellogg"],
     "U.S. envoy; visited in June together with John Coale.",
     (-100.0, 200.0)),
    ("usa", "United States", "state",
     ["the United States", "Washington", "the White House", "U.S.", "the U.S."],
     "Also referred to as Washington and the White House.",
     (-580.0, 100.0)),
    ("belarus", "Belarus", "state",
     ["Minsk"],
     "Shunned by the West since the fraud-marred 2020 elections; has suffered more from "
     "European than from U.S. sanctions.",
     (560.0, 100.0)),
    ("russia", "Russia", "state",
     ["Moscow"],
     "Also referred to as Moscow.",
     (40.0, -350.0)),
    ("ukraine", "Ukraine", "state",
     [],
     "Negotiations to end the war in Ukraine are the backdrop of the U.S.–Belarus thaw.",
     (-430.0, -370.0)),
    ("eu", "European Union", "organization",
     ["the European Union", "Brussels"],
     "Also referred to as Brussels; its sanctions have hurt Belarus more than U.S. sanctions.",
     (150.0, 400.0)),
    ("the-west", "The West", "other",
     ["the West", "Western capitals"],
     "Western states taken together; most Western capitals treat Lukashenko as a pariah.",
     (-130.0, 400.0)),
    ("european-leaders", "European leaders", "group",
     [],
     "Named, with Trump’s predecessor, as having failed where Trump now shows his effectiveness.",
     (-330.0, 350.0)),
    ("predecessor", "Trump’s predecessor", "person",
     ["his predecessor"],
     "Not named in the article.",
     (-660.0, 290.0)),
    ("political-prisoners", "Belarusian political prisoners", "group",
     ["political prisoners", "prisoners"],
     "As many as 1,300 in Belarusian jails according to Trump, slightly more than most human "
     "rights organizations count; sixteen were released recently.",
     (590.0, 230.0)),
    ("civil-society", "Belarusian civil society", "group",
     [],
     "Its long-term efforts made political prisoners a key issue in Minsk’s relations with the West.",
     (650.0, 370.0)),
    ("human-rights-orgs", "Human rights organizations", "organization",
     ["human rights organizations"],
     "Give a count of political prisoners slightly below Trump’s figure of 1,300.",
     (400.0, 430.0)),
    ("white-house-advisers", "White House advisers", "group",
     [],
     "Appear to have convinced Trump that talking to Lukashenko could help his negotiations with Putin.",
     (-540.0, -220.0)),
    ("us-delegation", "U.S. delegation", "group",
     ["a U.S. delegation"],
     "Its visit coincided with the latest release of prisoners.",
     (-430.0, 210.0)),
    ("us-citizens", "U.S. citizens", "group",
     [],
     "Among the prisoners Lukashenko has been freeing in small batches.",
     (300.0, -210.0)),
    ("belarusian-officials", "Belarusian officials", "group",
     [],
     "After the June visit of Coale and Kellogg, hinted they want concrete U.S. steps "
     "before making more concessions.",
     (600.0, -90.0)),
    ("time-magazine", "Time magazine", "organization",
     [],
     "Interviewed Lukashenko in August.",
     (470.0, -240.0)),
]

# ----------------------------------------------------------------------------------------
# Quotes: sentences (or clauses of long sentences) of the article, verbatim.
# A quote is a string, or (string, occurrence_index) when it occurs more than once.
# ----------------------------------------------------------------------------------------

Q = {
    # Standfirst.
    "puzzle": "The White House appears to believe that Belarus is an important piece in the "
              "Ukraine-Russia puzzle.",
    "retain": "But Lukashenko will have to work hard to retain Trump’s interest.",
    # The call.
    "call": "En route to his meeting with Russian President Vladimir Putin in Alaska for talks on "
            "Ukraine, U.S. President Donald Trump called contested Belarusian leader Alexander "
            "Lukashenko.",
    "first-call": "It was the only time in Lukashenko’s thirty-one years in power that he had "
                  "spoken to a U.S. president by phone.",
    "shunned": "The conversation was a breakthrough for Minsk, which has been shunned by the West "
               "since fraud-marred elections in 2020 led to major opposition protests that were "
               "brutally crushed.",
    "courting": "It seems that months of cautious contact with Washington, measured concessions, "
                "and concerted messaging from Lukashenko eventually produced the desired result.",
    "advisers": "White House advisers appear to have convinced Trump that talking to Lukashenko "
                "could be useful for his negotiations with Putin.",
    "respected": "In typically over-the-top fashion, Trump referred to Lukashenko as “highly "
                 "respected President” in a social media post after the call.",
    "not-recognized": "This was significant because the West does not recognize Lukashenko as the "
                      "legitimate leader of Belarus, and has avoided calling him “president” "
                      "since 2020.",
    "thanked": "Trump also thanked Lukashenko for the recent release of sixteen political prisoners "
               "(though he avoided calling them “political”), and said he hoped more would soon "
               "be at liberty.",
    "meet": "He even agreed to meet with Lukashenko in person, though no date was specified.",
    "family": "According to Minsk, Trump said he would come to Belarus with his family—which, if "
              "it happens, would be a major win for Lukashenko",
    "pariah": "Lukashenko, who is treated as a pariah by most Western capitals",
    "free-them": "Two days later, Trump again used a social media post to call on “powerful "
                 "leader” Lukashenko to free political prisoners.",
    "1300": "He said there were as many as 1,300 in Belarusian jails, which is even slightly "
            "higher than the number given by most human rights organizations.",
    # Why the prisoners matter.
    "fixation": "There are several reasons for the U.S. leader’s apparent fixation on Belarusian "
                "political prisoners.",
    "batches": "Firstly, Lukashenko has been freeing small batches of prisoners, including U.S. "
               "citizens, for more than a year, with the last such release timed to coincide with "
               "the visit of a U.S. delegation.",
    "business": "This tactic seems to have convinced Washington that it can do business with Minsk.",
    "bonus": "As a bonus, it enables Trump to demonstrate his effectiveness where his predecessor "
             "and European leaders have failed.",
    "civil": "Secondly, long-term efforts by Belarusian civil society have succeeded in making the "
             "topic of political prisoners a key issue in Minsk’s relations with the West.",
    "war": "Thirdly, the ongoing negotiations to end the war in Ukraine have fixed Trump’s "
           "attention on this part of the world",
    "moscow": "with Lukashenko apparently successful in his attempts to convince Washington he can "
              "facilitate a constructive relationship with Moscow.",
    # Channel to Putin.
    "coale": "Trump lawyer-turned-envoy John Coale, who has visited Minsk twice, said recently "
             "that the United States had used Lukashenko to convey messages to Putin.",
    "role": "And the Trump-Lukashenko call a few hours before Trump’s encounter with Putin in "
            "Alaska suggests that the Belarusian leader is playing some sort of role.",
    "trust": "Going forward, Lukashenko could try to convert the White House’s trust into concrete "
             "improvements in the U.S.-Belarus relationship.",
    "summit": "The outcome of the Putin-Trump summit was another piece of good news for Lukashenko.",
    "talks": "With talks between the United States and Russia looking like they will continue, "
             "Minsk can start planning its next move.",
    "pleasantries": "Admittedly, Minsk is cognizant that all it has actually gotten from Washington "
                    "so far is tweets, official visits, and pleasantries.",
    "oil": "Lukashenko—the architect of Belarus’ longstanding “oil for kisses” relationship with "
           "Russia—should know better than anyone that fanfare and flattery are often a "
           "substitute for real action.",
    # Envoys, goals, sanctions.
    "june": "After the June visit of Coale and U.S. envoy Keith Kellogg",
    "steps": "After the June visit of Coale and U.S. envoy Keith Kellogg, Belarusian officials "
             "began to hint that they wanted to see some concrete steps from Washington before "
             "making any more concessions.",
    "time": "And in his August interview with Time magazine, Lukashenko named two goals: the "
            "normalization of diplomatic relations with the United States, and the lifting of "
            "U.S. sanctions against Belarus.",
    "us-sanctions": "the lifting of U.S. sanctions against Belarus",
    "lose-interest": "The impulsive Trump could lose interest—particularly if Lukashenko does not "
                     "prove as pliant as the White House expects the leader of a country with "
                     "Belarus’s influence to be.",
    "step-too-far": "For Minsk, freeing all its political prisoners in the hope of U.S. concessions "
                    "would be a step too far.",
    "eu-sanctions": "Belarus has suffered much more from European sanctions than U.S. sanctions",
    "convince-eu": "Belarus has suffered much more from European sanctions than U.S. sanctions, so "
                   "it’s important for Lukashenko that Trump should convince the European Union to "
                   "also reset relations with Belarus.",
    "asset": "It would be extremely rash of Minsk to squander its most valuable asset—prisoner "
             "releases—in a back-and-forth with Washington in which Brussels was not involved.",
    "warming": "Twists and turns in the negotiations over Ukraine could either accelerate the "
               "warming of U.S.-Belarus ties—or quickly send them back to their previous parlous "
               "state.",
    "collapse": "If the U.S.-Russia talks do indeed collapse, then the West will no longer be "
                "interested in any overtures from Belarus.",
    "piece": "On the one hand, he needs to ensure the U.S. remains interested in Belarus as an "
             "important piece of the broader Russia-Ukraine puzzle.",
    "attention-span": "Last but not least, Trump’s short attention span means time is of the "
                      "essence for Lukashenko.",
}

# ----------------------------------------------------------------------------------------
# Relations: (id, source, target, label, directed, [quote keys], notes or None).
# Labels read from source to target.
# ----------------------------------------------------------------------------------------

RELATIONS = [
    # Who leads whom.
    ("r-trump-president-of-usa", "trump", "usa", "president of", True, ["call"], None),
    ("r-putin-president-of-russia", "putin", "russia", "president of", True, ["call"], None),
    ("r-lukashenko-leads-belarus", "lukashenko", "belarus", "contested leader of", True,
     ["call", "first-call"], None),
    # The call and what Trump said.
    ("r-trump-calls-lukashenko", "trump", "lukashenko", "called by phone", True,
     ["call", "first-call"], None),
    ("r-trump-putin-alaska", "trump", "putin", "met in Alaska", False,
     ["call", "summit"], None),
    ("r-trump-ukraine-war", "trump", "ukraine", "focused on talks to end the war in", True,
     ["war"], None),
    ("r-advisers-convinced-trump", "white-house-advisers", "trump",
     "convinced to talk to Lukashenko", True, ["advisers"], None),
    ("r-trump-praises-lukashenko", "trump", "lukashenko", "called “highly respected President”",
     True, ["respected"], None),
    ("r-trump-thanks-lukashenko", "trump", "lukashenko", "thanked for prisoner release", True,
     ["thanked"], None),
    ("r-trump-agrees-to-meet", "trump", "lukashenko", "agreed to meet in person", True,
     ["meet"], None),
    ("r-trump-would-visit-belarus", "trump", "belarus", "would visit with family (per Minsk)",
     True, ["family"], None),
    ("r-trump-urges-release", "trump", "lukashenko", "called on to free prisoners", True,
     ["free-them"], None),
    ("r-trump-seeks-release", "trump", "political-prisoners", "hopes for release of", True,
     ["thanked", "fixation", "1300"], None),
    ("r-trump-outdoes-predecessor", "trump", "predecessor", "shows effectiveness where he failed", True,
     ["bonus"], None),
    ("r-trump-outdoes-european-leaders", "trump", "european-leaders",
     "shows effectiveness where they failed", True, ["bonus"], None),
    ("r-trump-could-lose-interest", "trump", "lukashenko", "could lose interest in", True,
     ["lose-interest"], "Conditional: the author’s warning, not an event."),
    ("r-trump-should-convince-eu", "trump", "eu", "should convince to reset Belarus ties", True,
     ["convince-eu"],
     "What Lukashenko needs, in the author’s view; not something Trump has done."),
    # The West and Europe.
    ("r-west-shuns-belarus", "the-west", "belarus", "has shunned since 2020", True,
     ["shunned"], None),
    ("r-west-does-not-recognize-lukashenko", "the-west", "lukashenko",
     "does not recognize as legitimate leader", True, ["not-recognized"], None),
    ("r-west-pariah-lukashenko", "the-west", "lukashenko", "treats as a pariah", True,
     ["pariah"], None),
    ("r-eu-sanctions-belarus", "eu", "belarus", "imposed sanctions on", True,
     ["eu-sanctions"], "The article speaks of “European sanctions”."),
    # Lukashenko and Washington.
    ("r-lukashenko-courts-usa", "lukashenko", "usa", "courted with contacts and concessions",
     True, ["courting"], None),
    ("r-lukashenko-bridge-to-moscow", "lukashenko", "usa", "convinced he can bridge to Moscow",
     True, ["moscow"], None),
    ("r-lukashenko-seeks-normalization", "lukashenko", "usa", "seeks normalized relations with",
     True, ["time"], None),
    ("r-lukashenko-seeks-sanctions-lifted", "lukashenko", "usa", "seeks lifting of sanctions by",
     True, ["time"], None),
    ("r-lukashenko-keeps-trump-interest", "lukashenko", "trump", "must keep the interest of",
     True, ["retain", "attention-span"], None),
    ("r-usa-uses-lukashenko", "usa", "lukashenko", "used as go-between to Putin", True,
     ["coale", "role"], None),
    ("r-usa-trusts-lukashenko", "usa", "lukashenko", "trusts", True, ["trust"], None),
    ("r-lukashenko-messages-putin", "lukashenko", "putin", "conveyed U.S. messages to", True,
     ["coale"], None),
    ("r-lukashenko-interviewed-by-time", "lukashenko", "time-magazine", "interviewed by", True,
     ["time"], None),
    # Prisoners.
    ("r-lukashenko-frees-prisoners", "lukashenko", "political-prisoners",
     "frees in small batches", True, ["thanked", "batches"], None),
    ("r-lukashenko-frees-us-citizens", "lukashenko", "us-citizens", "freed", True,
     ["batches"], None),
    ("r-lukashenko-times-release", "lukashenko", "us-delegation", "timed a release to visit of",
     True, ["batches"], None),
    ("r-hro-count-prisoners", "human-rights-orgs", "political-prisoners",
     "give a lower count of", True, ["1300"], None),
    ("r-civil-society-prisoners-issue", "civil-society", "political-prisoners",
     "made a key issue of", True, ["civil"], None),
    ("r-belarus-holds-prisoners", "belarus", "political-prisoners", "holds as bargaining asset",
     True, ["step-too-far", "asset"], None),
    # The United States and Belarus.
    ("r-usa-sees-belarus-key", "usa", "belarus", "sees as piece of Ukraine-Russia puzzle", True,
     ["puzzle", "piece"], None),
    ("r-usa-business-with-belarus", "usa", "belarus", "believes it can do business with", True,
     ["business"], None),
    ("r-usa-pleasantries-belarus", "usa", "belarus", "gave only tweets, visits, pleasantries",
     True, ["pleasantries"], None),
    ("r-usa-sanctions-belarus", "usa", "belarus", "imposed sanctions on", True,
     ["us-sanctions", "eu-sanctions"], None),
    ("r-usa-belarus-warming", "usa", "belarus", "warming ties", False, ["warming"], None),
    ("r-officials-want-steps", "belarusian-officials", "usa",
     "hinted they want concrete steps from", True, ["steps"], None),
    # Envoys.
    ("r-coale-envoy-of-trump", "coale", "trump", "lawyer-turned-envoy of", True, ["coale"], None),
    ("r-coale-visited-belarus", "coale", "belarus", "visited twice", True, ["coale", "june"],
     None),
    ("r-kellogg-envoy-of-usa", "kellogg", "usa", "envoy of", True, ["june"], None),
    ("r-kellogg-visited-belarus", "kellogg", "belarus", "visited in June", True, ["june"], None),
    # Russia.
    ("r-usa-russia-talks", "usa", "russia", "in talks with", False, ["talks", "collapse"], None),
    ("r-belarus-russia-oil-for-kisses", "belarus", "russia", "“oil for kisses” relationship",
     False, ["oil"], None),
]


# ----------------------------------------------------------------------------------------
# Machinery.
# ----------------------------------------------------------------------------------------

class SeedError(Exception):
    pass


def box_width(name):
    return 7.5 * len(name) + 28.0


def locate(text, text_bytes, key, spec):
    """Return (start, end, quote) in UTF-8 bytes for the quote `spec` (str or (str, index))."""
    if isinstance(spec, tuple):
        quote, index = spec
    else:
        quote, index = spec, None
    if not quote or quote != quote.strip():
        raise SeedError(f"quote {key!r} is empty or has leading/trailing whitespace")
    hits = []
    pos = text.find(quote)
    while pos != -1:
        hits.append(pos)
        pos = text.find(quote, pos + 1)
    if not hits:
        raise SeedError(f"quote {key!r} not found in the article: {quote!r}")
    if index is None:
        if len(hits) > 1:
            raise SeedError(f"quote {key!r} is ambiguous ({len(hits)} occurrences); "
                            f"give an explicit occurrence index: {quote!r}")
        index = 0
    if not 0 <= index < len(hits):
        raise SeedError(f"quote {key!r}: occurrence {index} requested, {len(hits)} found")
    char_start = hits[index]
    start = len(text[:char_start].encode("utf-8"))
    end = start + len(quote.encode("utf-8"))
    # Offsets must be character boundaries (no UTF-8 continuation byte there).
    for off in (start, end):
        if off < len(text_bytes) and (text_bytes[off] & 0xC0) == 0x80:
            raise SeedError(f"quote {key!r}: offset {off} is not a character boundary")
    if text_bytes[start:end].decode("utf-8") != quote:
        raise SeedError(f"quote {key!r}: byte slice [{start}..{end}] does not equal the quote")
    return start, end, quote


def segment_hits_box(p, q, cx, cy, hw, hh):
    """True if segment p-q passes through the axis-aligned box centred on (cx, cy)."""
    (x0, y0), (x1, y1) = p, q
    dx, dy = x1 - x0, y1 - y0
    t0, t1 = 0.0, 1.0
    for d, lo, hi, o in ((dx, cx - hw, cx + hw, x0), (dy, cy - hh, cy + hh, y0)):
        if abs(d) < 1e-12:
            if o < lo or o > hi:
                return False
            continue
        a, b = (lo - o) / d, (hi - o) / d
        if a > b:
            a, b = b, a
        t0, t1 = max(t0, a), min(t1, b)
        if t0 > t1:
            return False
    return True


def check_layout(actors, relations, errors, warnings):
    boxes = {}
    for a in actors:
        x, y = a["position"]
        if not (isinstance(x, float) and isinstance(y, float)
                and math.isfinite(x) and math.isfinite(y)):
            errors.append(f"actor {a['id']!r}: position must be two finite floats")
            continue
        boxes[a["id"]] = (x, y, box_width(a["name"]) / 2.0, BOX_HEIGHT / 2.0)
    ids = list(boxes)
    # No two boxes closer than MIN_GAP (they must be separated on at least one axis).
    for i, a in enumerate(ids):
        ax, ay, aw, ah = boxes[a]
        for b in ids[i + 1:]:
            bx, by, bw, bh = boxes[b]
            gap_x = abs(ax - bx) - (aw + bw)
            gap_y = abs(ay - by) - (ah + bh)
            if gap_x < MIN_GAP and gap_y < MIN_GAP:
                errors.append(f"boxes of {a!r} and {b!r} overlap or are closer than {MIN_GAP} px "
                              f"(gap x {gap_x:.1f}, gap y {gap_y:.1f})")
    # The map fits a window.
    if boxes:
        left = min(x - w for x, _, w, _ in boxes.values())
        right = max(x + w for x, _, w, _ in boxes.values())
        top = min(y - h for _, y, _, h in boxes.values())
        bottom = max(y + h for _, y, _, h in boxes.values())
        width, height = right - left, bottom - top
        if width > MAX_EXTENT[0] or height > MAX_EXTENT[1]:
            errors.append(f"map extent {width:.0f} x {height:.0f} px exceeds "
                          f"{MAX_EXTENT[0]:.0f} x {MAX_EXTENT[1]:.0f}")
    else:
        width = height = 0.0
    # No box sits on the line of a relation it is not part of. Parallel relations between the
    # same two actors are drawn as curves that bulge out by about CURVE_STEP px each, so a
    # bundle of n relations needs a wider clear corridor.
    bundles = {}
    for r in relations:
        bundles.setdefault(frozenset((r["source"], r["target"])), []).append(r["id"])
    for pair, rids in bundles.items():
        if len(pair) != 2 or not pair <= boxes.keys():
            continue
        s, t = sorted(pair)
        p, q = boxes[s][:2], boxes[t][:2]
        margin = LINE_CLEARANCE + CURVE_STEP * (len(rids) - 1) / 2.0
        for other in ids:
            if other in pair:
                continue
            cx, cy, hw, hh = boxes[other]
            if segment_hits_box(p, q, cx, cy, hw + margin, hh + margin):
                warnings.append(f"box {other!r} lies on (or within {margin:.0f} px of) the line "
                                f"of {', '.join(rids)} ({s} - {t})")
    return width, height


def build(article_path):
    with open(article_path, encoding="utf-8", newline="") as f:
        text = f.read()
    text_bytes = text.encode("utf-8")
    with open(article_path, "rb") as f:
        if f.read() != text_bytes:
            raise SeedError("article does not round-trip byte for byte through UTF-8")

    errors, warnings = [], []

    # Actors.
    actors, actor_ids, names = [], set(), set()
    for aid, name, kind, aliases, notes, (x, y) in ACTORS:
        if aid in actor_ids:
            errors.append(f"duplicate actor id {aid!r}")
        actor_ids.add(aid)
        if not name.strip():
            errors.append(f"actor {aid!r}: empty name")
        if name in names:
            errors.append(f"duplicate actor name {name!r}")
        names.add(name)
        if kind not in KINDS:
            errors.append(f"actor {aid!r}: unknown kind {kind!r}")
        if len(set(aliases)) != len(aliases):
            errors.append(f"actor {aid!r}: duplicate alias")
        for alias in aliases:
            if not alias.strip() or alias not in text:
                errors.append(f"actor {aid!r}: alias {alias!r} is not a literal substring "
                              "of the article")
        actors.append({
            "id": aid,
            "name": name,
            "kind": kind,
            "aliases": list(aliases),
            "notes": notes,
            "position": [float(x), float(y)],
        })

    # Relations.
    located = {}
    relations, relation_ids, used = [], set(), set()
    for rid, src, tgt, label, directed, keys, notes in RELATIONS:
        if rid in relation_ids:
            errors.append(f"duplicate relation id {rid!r}")
        relation_ids.add(rid)
        if not rid.startswith("r-"):
            errors.append(f"relation id {rid!r} must start with 'r-'")
        for end in (src, tgt):
            if end not in actor_ids:
                errors.append(f"relation {rid!r}: unknown actor {end!r}")
        if src == tgt:
            errors.append(f"relation {rid!r}: source and target are the same actor")
        used.update((src, tgt))
        if not label.strip():
            errors.append(f"relation {rid!r}: empty label")
        if not keys:
            errors.append(f"relation {rid!r}: no evidence")
        evidence = []
        for key in keys:
            if key not in Q:
                errors.append(f"relation {rid!r}: unknown quote key {key!r}")
                continue
            if key not in located:
                try:
                    located[key] = locate(text, text_bytes, key, Q[key])
                except SeedError as e:
                    errors.append(str(e))
                    continue
            start, end, quote = located[key]
            evidence.append({"source": SOURCE_ID, "start": start, "end": end, "quote": quote})
        rel = {"id": rid, "source": src, "target": tgt, "label": label, "directed": directed}
        if notes:
            rel["notes"] = notes
        rel["evidence"] = evidence
        relations.append(rel)

    for a in actors:
        if a["id"] not in used:
            errors.append(f"actor {a['id']!r} takes part in no relation")
    unused_quotes = sorted(set(Q) - {k for r in RELATIONS for k in r[5]})
    if unused_quotes:
        errors.append(f"quotes defined but never cited: {unused_quotes}")

    # Re-check every evidence span against the text, independently of locate().
    for r in relations:
        for ev in r["evidence"]:
            s, e = ev["start"], ev["end"]
            if not (0 <= s < e <= len(text_bytes)):
                errors.append(f"relation {r['id']!r}: span [{s}..{e}] out of range")
                continue
            try:
                if text_bytes[s:e].decode("utf-8") != ev["quote"]:
                    errors.append(f"relation {r['id']!r}: span [{s}..{e}] does not match its quote")
            except UnicodeDecodeError:
                errors.append(f"relation {r['id']!r}: span [{s}..{e}] splits a character")

    width, height = check_layout(actors, relations, errors, warnings)
    if warnings:
        errors.extend(f"layout: {w}" for w in warnings)

    if errors:
        raise SeedError("\n".join(errors))

    doc = {
        "format": "knowledge-map",
        "version": 1,
        "title": TITLE,
        "sources": [dict(SOURCE_META, text=text)],
        "actors": actors,
        "relations": relations,
    }
    summary = (len(actors), len(relations), sum(len(r["evidence"]) for r in relations),
               width, height)
    return doc, summary


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--article", default=DEFAULT_ARTICLE)
    parser.add_argument("--out", default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    try:
        doc, (n_actors, n_relations, n_evidence, width, height) = build(args.article)
    except (SeedError, OSError, UnicodeDecodeError) as e:
        print(f"error: seed map not written:\n{e}", file=sys.stderr)
        return 1
    data = json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
    tmp = args.out + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="") as f:
        f.write(data)
    os.replace(tmp, args.out)
    print(f"wrote {args.out}")
    print(f"actors: {n_actors}, relations: {n_relations}, evidence spans: {n_evidence}, "
          f"extent: {width:.0f} x {height:.0f} px")
    return 0


if __name__ == "__main__":
    sys.exit(main())
