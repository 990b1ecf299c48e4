//! What the XML formats share: writing text that survives a round trip through any XML 1.0
//! parser, and reading untrusted XML with limits on depth and size.

use std::borrow::Cow;

use quick_xml::XmlVersion;
use quick_xml::events::Event;

use super::FormatError;

/// Deepest element nesting accepted in an imported file.
pub const MAX_DEPTH: usize = 64;

/// Most elements accepted in an imported file.
pub const MAX_ELEMENTS: usize = 5_000_000;

/// `s` with the characters XML 1.0 forbids (control characters other than tab, newline and
/// carriage return, even as `&#1;`) replaced by U+FFFD, so the output always parses.
pub fn clean(s: &str) -> Cow<'_, str> {
    let bad = |c: char| (c < ' ' && !matches!(c, '\t' | '\n' | '\r')) || matches!(c, '\u{FFFE}' | '\u{FFFF}');
    if s.chars().any(bad) {
        Cow::Owned(s.chars().map(|c| if bad(c) { '\u{FFFD}' } else { c }).collect())
    } else {
        Cow::Borrowed(s)
    }
}

/// What an XML writer does to a string before writing it (so tests can compare).
pub fn as_written(s: &str) -> String {
    clean(s).into_owned()
}

/// Escapes an attribute value so every character comes back as written: quick-xml's escaping
/// of the usual five, plus tab, newline and carriage return as character references (quick-xml
/// leaves them literal, and a parser turns literal ones in attributes into spaces).
pub fn escape_attr(s: &str) -> String {
    quick_xml::escape::escape(clean(s)).replace('\n', "&#10;").replace('\r', "&#13;").replace('\t', "&#9;")
}

/// Escapes element text: quick-xml's `& < >`, plus carriage returns (which a parser would
/// turn into newlines).
pub fn escape_text(s: &str) -> String {
    quick_xml::escape::partial_escape(clean(s)).replace('\r', "&#13;")
}

/// A small XML builder over a `String` (the files we write are trees we know).
pub struct XmlOut {
    out: String,
    depth: usize,
    stack: Vec<&'static str>,
}

impl XmlOut {
    /// A document starting with the XML declaration.
    pub fn new() -> Self {
        Self { out: String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"), depth: 0, stack: Vec::new() }
    }

    fn indent(&mut self) {
        for _ in 0..self.depth {
            self.out.push_str("  ");
        }
    }

    fn tag(&mut self, name: &str, attrs: &[(&str, &str)]) {
        self.out.push('<');
        self.out.push_str(name);
        for (k, v) in attrs {
            self.out.push(' ');
            self.out.push_str(k);
            self.out.push_str("=\"");
            self.out.push_str(&escape_attr(v));
            self.out.push('"');
        }
    }

    /// Opens `<name attrs…>`.
    pub fn open(&mut self, name: &'static str, attrs: &[(&str, &str)]) {
        self.indent();
        self.tag(name, attrs);
        self.out.push_str(">\n");
        self.depth += 1;
        self.stack.push(name);
    }

    /// Closes the innermost open element.
    pub fn close(&mut self) {
        if let Some(name) = self.stack.pop() {
            self.depth -= 1;
            self.indent();
            self.out.push_str("</");
            self.out.push_str(name);
            self.out.push_str(">\n");
        }
    }

    /// `<name attrs…/>`.
    pub fn empty(&mut self, name: &str, attrs: &[(&str, &str)]) {
        self.indent();
        self.tag(name, attrs);
        self.out.push_str("/>\n");
    }

    /// `<name attrs…>text</name>`.
    pub fn text(&mut self, name: &str, attrs: &[(&str, &str)], text: &str) {
        self.indent();
        self.tag(name, attrs);
        self.out.push('>');
        self.out.push_str(&escape_text(text));
        self.out.push_str("</");
        self.out.push_str(name);
        self.out.push_str(">\n");
    }

    /// A comment (`--` inside it is written as `- -`, which XML requires).
    pub fn comment(&mut self, text: &str) {
        self.indent();
        self.out.push_str("<!-- ");
        self.out.push_str(&clean(text).replace("--", "- -"));
        self.out.push_str(" -->\n");
    }

    /// The document, with every element closed.
    pub fn finish(mut self) -> String {
        while !self.stack.is_empty() {
            self.close();
        }
        self.out
    }
}

/// An element as the readers see it: local name, attributes (unescaped), and whether it is
/// empty (`<x/>`).
pub struct Element {
    pub name: String,
    pub attrs: Vec<(String, String)>,
}

impl Element {
    /// The value of an attribute by local name.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.attrs.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
    }
}

/// Events of an untrusted XML document, simplified: element starts (with `end` for empty
/// ones), element ends, text (entities resolved), and comments. Enforces depth and element
/// limits and refuses DTDs (no entity expansion, no XML bombs).
pub enum XmlEvent {
    /// `<name …>`; `empty` for `<name …/>` (no End follows).
    Start(Element, bool),
    /// `</name>`.
    End,
    /// Character data.
    Text(String),
    /// A comment's text.
    Comment(String),
}

/// Reads every event of `text`.
pub fn events(text: &str) -> Result<Vec<XmlEvent>, FormatError> {
    let mut reader = quick_xml::Reader::from_str(text);
    reader.config_mut().trim_text(false);
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut elements = 0usize;
    let err = |reader: &quick_xml::Reader<&[u8]>, e: &dyn std::fmt::Display| {
        FormatError::Invalid(format!("not well-formed XML at byte {}: {e}", reader.buffer_position()))
    };
    loop {
        let event = reader.read_event().map_err(|e| err(&reader, &e))?;
        match event {
            Event::Start(e) | Event::Empty(e)
                if {
                    elements += 1;
                    elements > MAX_ELEMENTS
                } =>
            {
                let _ = e;
                return Err(FormatError::Limit { what: "the number of XML elements".into(), limit: MAX_ELEMENTS });
            }
            Event::Start(e) => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Err(FormatError::Limit { what: "XML nesting depth".into(), limit: MAX_DEPTH });
                }
                out.push(XmlEvent::Start(element(&e).map_err(|x| err(&reader, &x))?, false));
            }
            Event::Empty(e) => out.push(XmlEvent::Start(element(&e).map_err(|x| err(&reader, &x))?, true)),
            Event::End(_) => {
                depth = depth.saturating_sub(1);
                out.push(XmlEvent::End);
            }
            Event::Text(t) => out.push(XmlEvent::Text(t.xml_content(XmlVersion::Implicit1_0).into_owned())),
            Event::CData(t) => out.push(XmlEvent::Text(t.into_inner().into_owned())),
            Event::GeneralRef(r) => {
                let name: String = r.to_string();
                let reference = format!("&{name};");
                let resolved = quick_xml::escape::unescape(&reference)
                    .map_err(|_| {
                        FormatError::Invalid(format!("unknown entity {reference} (entities from a DTD are not read)"))
                    })?
                    .into_owned();
                out.push(XmlEvent::Text(resolved));
            }
            Event::Comment(t) => out.push(XmlEvent::Comment(t.into_inner().into_owned())),
            Event::DocType(_) => {
                return Err(FormatError::Invalid(
                    "the file declares a DTD, which is not read (it can hide entity bombs)".into(),
                ));
            }
            Event::Eof => break,
            Event::Decl(_) | Event::PI(_) => {}
        }
    }
    Ok(out)
}

fn element(e: &quick_xml::events::BytesStart<'_>) -> Result<Element, String> {
    let name = e.local_name().as_ref().to_owned();
    let mut attrs = Vec::new();
    for a in e.attributes() {
        let a = a.map_err(|x| x.to_string())?;
        let key = a.key.local_name().as_ref().to_owned();
        let value = a.normalized_value(XmlVersion::Implicit1_0).map_err(|x| x.to_string())?.into_owned();
        attrs.push((key, value));
    }
    Ok(Element { name, attrs })
}

/// Collects the text inside the element whose Start is at `events[start]`, and returns it with
/// the index just past its End. Nested elements' text is included.
pub fn inner_text(events: &[XmlEvent], start: usize) -> (String, usize) {
    let mut text = String::new();
    let mut depth = 0usize;
    let mut i = start;
    while i < events.len() {
        match &events[i] {
            XmlEvent::Start(_, true) => {}
            XmlEvent::Start(_, false) => depth += 1,
            XmlEvent::End => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return (text, i + 1);
                }
            }
            XmlEvent::Text(t) => text.push_str(t),
            XmlEvent::Comment(_) => {}
        }
        i += 1;
    }
    (text, i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hostile_text_survives_attributes_and_elements() {
        let s = "a \"b\" & <c> 'd'\nline\ttab\r\u{1}";
        let mut x = XmlOut::new();
        x.open("root", &[("v", s)]);
        x.text("t", &[], s);
        let doc = x.finish();
        let ev = events(&doc).expect("parses");
        let Some(XmlEvent::Start(root, false)) = ev.iter().find(|e| matches!(e, XmlEvent::Start(..))) else {
            panic!("root")
        };
        assert_eq!(root.get("v"), Some(as_written(s).as_str()));
        let t = ev.iter().position(|e| matches!(e, XmlEvent::Start(el, false) if el.name == "t")).expect("t");
        assert_eq!(inner_text(&ev, t).0, as_written(s));
    }

    #[test]
    fn bombs_and_deep_nesting_are_refused() {
        let bomb = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;\">]><lolz>&lol2;</lolz>";
        assert!(events(bomb).is_err());
        let deep = format!("{}{}", "<a>".repeat(100_000), "</a>".repeat(100_000));
        let e = events(&deep).err().expect("too deep").to_string();
        assert!(e.contains("nesting depth"), "{e}");
        assert!(events("<a><b></a>").is_err());
    }
}
