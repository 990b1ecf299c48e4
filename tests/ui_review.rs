//! Drafting a map from an article in the window and reviewing it: the paste box, the worker
//! with its result landing as a new unsaved draft, the review queue's buttons, accept-all
//! above a threshold, undo of each decision, adding an article to the open map, and a bad
//! article file that leaves the map alone.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::ui::{app, app_with};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use knowledge_map::ui::KnowledgeMapApp;
use knowledge_map::ui::app::Modal;
use knowledge_map::ui::command::Command;
use knowledge_map::ui::dialogs::DialogAnswer;

const ARTICLE: &str = "Belarus frees 14 prisoners\n\nBelarusian President Alexander Lukashenko freed 14 prisoners \
    on Thursday after talks with U.S. envoy John Coale. Lukashenko thanked Donald Trump. \
    Poland’s Prime Minister Donald Tusk welcomed the release.";

/// Steps until the extraction worker has delivered (at most ~5 s).
fn wait_for_extraction(h: &mut Harness<'_, KnowledgeMapApp>) {
    for _ in 0..100 {
        h.run_steps(1);
        if h.state().extract_job.is_none() {
            h.run_steps(2);
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    panic!("the extraction did not finish");
}

fn proposals(h: &Harness<'_, KnowledgeMapApp>) -> usize {
    let m = &h.state().doc.map;
    m.actors.iter().filter(|a| a.proposal.is_some()).count()
        + m.relations.iter().filter(|r| r.proposal.is_some()).count()
}

#[test]
fn a_pasted_article_becomes_a_draft_to_review() {
    let mut h = app();
    h.state_mut().send(Command::PasteArticle);
    h.run_steps(4);
    assert!(matches!(h.state().modal, Some(Modal::Article { .. })), "{:?} {}", h.state().modal, h.state().status);
    h.get_by_label("Cancel").click();
    h.run_steps(2);
    assert!(h.state().modal.is_none(), "{:?} {}", h.state().modal, h.state().status);

    h.state_mut().send(Command::Extract { text: ARTICLE.into(), name: "Pasted article".into(), into: false });
    wait_for_extraction(&mut h);
    let doc = &h.state().doc;
    assert_eq!(doc.display_name(), "Pasted article (draft)");
    assert!(doc.is_modified(), "a draft is unsaved work");
    assert_eq!(doc.map.sources[0].text, ARTICLE);
    let n = proposals(&h);
    assert!(n >= 8, "{n} proposals");
    // The queue shows them, most confident first, with the accept-all button.
    h.get_by_label_contains("Review:");
    h.get_by_label_contains("Accept all ≥");

    // Accept one relation with its ✔ button: it and its two ends stop being proposals.
    let freed = h.state().doc.map.relations.iter().find(|r| r.label == "freed").unwrap().clone();
    h.state_mut().send(Command::Accept(vec![knowledge_map::ui::selection::Item::Relation(freed.id.clone())]));
    h.run_steps(2);
    let m = &h.state().doc.map;
    assert!(m.relation(&freed.id).unwrap().proposal.is_none());
    assert!(m.actor(&freed.source).unwrap().proposal.is_none());
    assert_eq!(proposals(&h), n - 3);
    // Undo brings the proposal marks back.
    h.state_mut().send(Command::Undo);
    h.run_steps(2);
    assert_eq!(proposals(&h), n);

    // Reject all through the queue's button, then undo.
    h.get_by_label("Reject all").click();
    h.run_steps(3);
    assert_eq!(proposals(&h), 0);
    assert!(h.state().doc.map.actors.is_empty());
    h.state_mut().send(Command::Undo);
    h.run_steps(2);
    assert_eq!(proposals(&h), n);

    // Accept all at or above 0 %: nothing is left to review and the queue goes away.
    h.state_mut().review_threshold = 0.0;
    h.run_steps(1);
    h.get_by_label_contains("Accept all ≥").click();
    h.run_steps(3);
    assert_eq!(proposals(&h), 0);
    assert!(h.query_by_label_contains("Review:").is_none());
}

#[test]
fn adding_an_article_to_the_open_map_proposes_only_new_things_in_one_step() {
    let mut h = app();
    let before = h.state().doc.map.clone();
    let text = "Lukashenko met Putin in Minsk. Minsk later freed Ales Bialiatski.";
    h.state_mut().send(Command::Extract { text: text.into(), name: "more".into(), into: true });
    wait_for_extraction(&mut h);
    let after = h.state().doc.map.clone();
    assert_eq!(after.sources.len(), 2);
    let new: Vec<&str> = after.actors[before.actors.len()..].iter().map(|a| a.name.as_str()).collect();
    assert_eq!(new, ["Ales Bialiatski"]);
    assert!(after.relations.len() > before.relations.len());
    // Selecting a relation drawn from the added article shows that article, at its words.
    let added = after.sources[1].id.clone();
    let freed = after.relations.iter().find(|r| r.evidence.iter().all(|e| e.source == added)).unwrap().clone();
    assert_eq!(h.state().source.shown, 0);
    h.state_mut().send(Command::Select(vec![knowledge_map::ui::selection::Item::Relation(freed.id.clone())]));
    h.run_steps(3);
    assert_eq!(h.state().source.shown, 1, "the added article is shown");
    let words = (freed.evidence[0].start, freed.evidence[0].end);
    assert!(h.state().source.marked_selected.contains(&words), "{:?}", h.state().source.marked_selected);
    h.state_mut().send(Command::Undo);
    h.run_steps(2);
    assert_eq!(h.state().doc.map, before, "one Ctrl+Z takes the whole article back out");
}

#[test]
fn a_bad_article_file_says_why_and_keeps_the_map() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("latin1.txt");
    std::fs::write(&bad, b"Lukashenko \xe9t\xe9 \xe0 Minsk").unwrap();
    let mut h = app_with(None, vec![DialogAnswer::Picked(bad)]);
    let before = h.state().doc.map.clone();
    h.state_mut().send(Command::ArticleFromFile { into: false });
    h.run_steps(4);
    match &h.state().modal {
        Some(Modal::Error { message, .. }) => assert!(message.contains("not UTF-8"), "{message}"),
        other => panic!("expected an error, got {other:?}"),
    }
    assert_eq!(h.state().doc.map, before);
    assert!(h.state().extract_job.is_none());
}
