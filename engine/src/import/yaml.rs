//! A small, bounded YAML loader: text → [`Node`] tree, for the Compose
//! importer ([`super::compose`]) and anything else that reads YAML.
//!
//! # Hostile input
//! The text may be at most [`MAX_INPUT_BYTES`]. Aliases are expanded
//! against a budget of [`MAX_NODES`] nodes in total, so a "billion laughs"
//! file is refused after a bounded amount of work instead of exhausting
//! memory; nesting is limited to [`MAX_DEPTH`]. The tree is built without
//! recursion. Merge keys (`<<: *defaults`) are applied; explicit keys win
//! over merged ones. Duplicate keys: the last one wins. Only the first
//! document is read.

use saphyr_parser::{Event, Parser, ScalarStyle};
use std::collections::{HashMap, HashSet};

/// Largest text read, bytes (1 MiB; real Compose files are a few KiB).
pub const MAX_INPUT_BYTES: usize = 1024 * 1024;
/// Most YAML nodes built, counting every copy an alias makes.
pub const MAX_NODES: usize = 200_000;
/// Deepest nesting of YAML sequences and mappings.
pub const MAX_DEPTH: usize = 64;

/// Why a text could not be loaded as YAML.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum YamlError {
    /// The text is longer than [`MAX_INPUT_BYTES`].
    TooLarge { bytes: usize },
    /// The text is not valid YAML.
    Syntax {
        /// 1-based line and column of the problem.
        line: usize,
        column: usize,
        /// The parser's own words (English).
        message: String,
    },
    /// Aliases expand to more than [`MAX_NODES`] nodes (an alias bomb).
    TooManyNodes,
    /// Nesting deeper than [`MAX_DEPTH`].
    TooDeep,
}

/// What a YAML value is, for messages that say what was found instead of
/// what was expected: a scalar's text verbatim, or a kind of collection
/// (named per language by `crate::text::messages`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    Scalar(String),
    List,
    Mapping,
}

/// A YAML tree: scalars, sequences and mappings (keys in file order).
#[derive(Debug, Clone, PartialEq)]
pub enum Node {
    /// A scalar's text; `plain` is false for quoted and block scalars.
    Scalar {
        text: String,
        plain: bool,
    },
    Seq(Vec<Node>),
    /// Keys in file order; a later duplicate replaces the earlier one.
    Map(Vec<(String, Node)>),
}

impl Node {
    /// The value of `key`, if this is a mapping that has it.
    pub fn get(&self, key: &str) -> Option<&Node> {
        match self {
            Node::Map(entries) => entries.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// A scalar's text, unless it is a plain `null`/`~`/empty.
    pub fn text(&self) -> Option<&str> {
        match self {
            Node::Scalar { text, plain } if !(*plain && is_null(text)) => Some(text.as_str()),
            _ => None,
        }
    }

    /// A plain `null`, `~` or empty scalar.
    pub fn is_null(&self) -> bool {
        matches!(self, Node::Scalar { text, plain: true } if is_null(text))
    }

    /// How many nodes this tree holds (itself included).
    fn size(&self) -> usize {
        let mut count = 0;
        let mut stack = vec![self];
        while let Some(node) = stack.pop() {
            count += 1;
            match node {
                Node::Scalar { .. } => {}
                Node::Seq(items) => stack.extend(items),
                Node::Map(entries) => stack.extend(entries.iter().map(|(_, v)| v)),
            }
        }
        count
    }

    /// What this node is, for a message: a scalar's text, or which kind
    /// of collection.
    pub fn found(&self) -> Found {
        match self {
            Node::Scalar { text, .. } => Found::Scalar(text.clone()),
            Node::Seq(_) => Found::List,
            Node::Map(_) => Found::Mapping,
        }
    }
}

fn is_null(text: &str) -> bool {
    matches!(text, "" | "~" | "null" | "Null" | "NULL")
}

/// A collection being built, with its anchor.
enum Open {
    Seq {
        anchor: usize,
        items: Vec<Node>,
    },
    Map {
        anchor: usize,
        entries: Vec<(String, Node)>,
        /// A key waiting for its value.
        key: Option<String>,
    },
}

struct Loader {
    stack: Vec<Open>,
    anchors: HashMap<usize, Node>,
    nodes: usize,
    root: Option<Node>,
}

impl Loader {
    fn count(&mut self, nodes: usize) -> Result<(), YamlError> {
        self.nodes = self.nodes.saturating_add(nodes);
        if self.nodes > MAX_NODES {
            return Err(YamlError::TooManyNodes);
        }
        Ok(())
    }

    fn open(&mut self, open: Open) -> Result<(), YamlError> {
        self.count(1)?;
        if self.stack.len() >= MAX_DEPTH {
            return Err(YamlError::TooDeep);
        }
        self.stack.push(open);
        Ok(())
    }

    /// Adds a finished node to the collection being built (or makes it the
    /// root), recording its anchor.
    fn finish(&mut self, node: Node, anchor: usize) -> Result<(), YamlError> {
        if anchor > 0 {
            self.anchors.insert(anchor, node.clone());
        }
        match self.stack.last_mut() {
            None => {
                if self.root.is_none() {
                    self.root = Some(node);
                }
            }
            Some(Open::Seq { items, .. }) => items.push(node),
            Some(Open::Map { entries, key, .. }) => match key.take() {
                None => {
                    // A key. Non-scalar keys never occur in Compose files;
                    // they are kept under a placeholder so the value still
                    // pairs up.
                    *key = Some(match node {
                        Node::Scalar { text, .. } => text,
                        _ => "<complex key>".to_string(),
                    });
                }
                Some(k) => entries.push((k, node)),
            },
        }
        Ok(())
    }
}

/// Drops all but the last entry of each key (YAML forbids duplicate keys;
/// like most loaders, the last one wins). Linear, so a hostile mapping with
/// a hundred thousand keys costs no more than reading it.
fn last_of_each_key(entries: Vec<(String, Node)>) -> Vec<(String, Node)> {
    let mut seen = HashSet::new();
    let mut kept: Vec<(String, Node)> = entries
        .into_iter()
        .rev()
        .filter(|(key, _)| seen.insert(key.clone()))
        .collect();
    kept.reverse();
    kept
}

/// Applies YAML merge keys (`<<: *a` or `<<: [*a, *b]`): merged keys come
/// after the explicit ones and never replace them; earlier sources win.
fn apply_merge_keys(entries: Vec<(String, Node)>) -> Vec<(String, Node)> {
    if !entries.iter().any(|(k, _)| k == "<<") {
        return entries;
    }
    let (merges, mut explicit): (Vec<_>, Vec<_>) =
        entries.into_iter().partition(|(k, _)| k == "<<");
    let sources: Vec<Node> = merges
        .into_iter()
        .flat_map(|(_, value)| match value {
            Node::Seq(items) => items,
            other => vec![other],
        })
        .collect();
    let mut present: HashSet<String> = explicit.iter().map(|(k, _)| k.clone()).collect();
    for source in sources {
        if let Node::Map(source_entries) = source {
            for (k, v) in source_entries {
                if present.insert(k.clone()) {
                    explicit.push((k, v));
                }
            }
        }
    }
    explicit
}

/// Parses the first YAML document of `text` into a tree; `true` when the
/// text holds more documents (they are not read).
pub fn parse_yaml(text: &str) -> Result<(Node, bool), YamlError> {
    if text.len() > MAX_INPUT_BYTES {
        return Err(YamlError::TooLarge { bytes: text.len() });
    }
    let mut loader = Loader {
        stack: Vec::new(),
        anchors: HashMap::new(),
        nodes: 0,
        root: None,
    };
    let mut documents = 0usize;
    for event in Parser::new_from_str(text) {
        let (event, _span) = event.map_err(|error| YamlError::Syntax {
            line: error.marker().line(),
            column: error.marker().col() + 1,
            message: error.info().to_string(),
        })?;
        match event {
            Event::DocumentStart(_) => {
                documents += 1;
                if documents > 1 {
                    // Only the first document is read; stop parsing here.
                    break;
                }
            }
            Event::Scalar(value, style, anchor, _tag) => {
                loader.count(1)?;
                let node = Node::Scalar {
                    text: value.into_owned(),
                    plain: style == ScalarStyle::Plain,
                };
                loader.finish(node, anchor)?;
            }
            Event::Alias(anchor) => {
                let node =
                    loader
                        .anchors
                        .get(&anchor)
                        .cloned()
                        .ok_or_else(|| YamlError::Syntax {
                            line: 0,
                            column: 0,
                            message: "an alias refers to an unknown anchor".to_string(),
                        })?;
                loader.count(node.size())?;
                loader.finish(node, 0)?;
            }
            Event::SequenceStart(anchor, _) => loader.open(Open::Seq {
                anchor,
                items: Vec::new(),
            })?,
            Event::MappingStart(anchor, _) => loader.open(Open::Map {
                anchor,
                entries: Vec::new(),
                key: None,
            })?,
            Event::SequenceEnd | Event::MappingEnd => {
                let (node, anchor) = match loader.stack.pop() {
                    Some(Open::Seq { anchor, items }) => (Node::Seq(items), anchor),
                    Some(Open::Map {
                        anchor, entries, ..
                    }) => (
                        Node::Map(apply_merge_keys(last_of_each_key(entries))),
                        anchor,
                    ),
                    None => continue,
                };
                loader.finish(node, anchor)?;
            }
            Event::StreamStart | Event::StreamEnd | Event::DocumentEnd | Event::Nothing => {}
        }
    }
    let root = loader.root.unwrap_or(Node::Scalar {
        text: String::new(),
        plain: true,
    });
    Ok((root, documents > 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scalar(text: &str) -> Node {
        Node::Scalar {
            text: text.to_string(),
            plain: true,
        }
    }

    #[test]
    fn merge_keys_lose_to_explicit_keys_and_the_last_duplicate_wins() {
        let (root, more) = parse_yaml("a: &a {x: 1, y: 2}\nb:\n  <<: *a\n  y: 3\n  y: 4\n")
            .unwrap_or_else(|e| panic!("{e:?}"));
        assert!(!more);
        // Explicit y (last duplicate, 4) first, then merged x = 1; merged y = 2 loses.
        assert_eq!(
            root.get("b"),
            Some(&Node::Map(vec![
                ("y".to_string(), scalar("4")),
                ("x".to_string(), scalar("1")),
            ]))
        );
    }

    #[test]
    fn reports_further_documents_and_refuses_oversize_text() {
        let (_, more) = parse_yaml("a: 1\n---\nb: 2\n").unwrap_or_else(|e| panic!("{e:?}"));
        assert!(more);
        let huge = "#".repeat(MAX_INPUT_BYTES + 1);
        assert_eq!(
            parse_yaml(&huge),
            Err(YamlError::TooLarge {
                bytes: MAX_INPUT_BYTES + 1
            })
        );
        assert_eq!(scalar("~").text(), None);
        assert_eq!(scalar("x").found(), Found::Scalar("x".into()));
    }
}
