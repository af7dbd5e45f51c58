//! Where every node of a document is, for locating a finding or an error by its path.

use crate::base::path::PathSeg;
use crate::base::source::{Positions, Span, to_u32};

/// Where a node is: the key that introduces it (for mapping values) and the value itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NodeSpans {
    /// The key's span, when the node is a mapping value.
    pub key: Option<Span>,
    pub value: Span,
}

/// Path → spans, for every node of a document.
///
/// The nodes sit in one list in pre-order, each knowing where its subtree ends, and a path is
/// found by walking down from the root. Each node keeps the byte offsets of its key and value;
/// their lines and columns come from the file's table of lines when asked for, which halves
/// what the index of a large repo holds (a third of its loaded documents before). A key is
/// read from the file's text at its span; only a key written otherwise (quoted, escaped) keeps
/// its text here.
#[derive(Debug, Clone, Default)]
pub struct SpanIndex {
    nodes: Vec<Node>,
    /// The keys whose text is not the file's text at their span: (slot, start in `key_texts`,
    /// length), by slot.
    odd_keys: Vec<[u32; 3]>,
    key_texts: String,
    /// Per sequence: its length, then its items' slots, so an index is one step, not a scan.
    items: Vec<u32>,
    positions: Positions,
}

/// `Node::items` of a node that is not a sequence.
const NOT_SEQ: u32 = u32::MAX;

#[derive(Debug, Clone, Copy)]
struct Node {
    /// Byte offsets of the start and end.
    value: [u32; 2],
    /// Meaningful only for mapping values.
    key: [u32; 2],
    /// Slot just past this node's subtree.
    end: u32,
    /// Where a sequence's table starts in `SpanIndex::items`, else `NOT_SEQ`.
    items: u32,
}

/// A span's byte offsets; a position's line and column are those of its byte (checked as each
/// node is indexed, in builds with debug assertions).
fn packed(span: Span, positions: &Positions) -> [u32; 2] {
    debug_assert_eq!(positions.pos_of_byte(span.start.byte), span.start);
    debug_assert_eq!(positions.pos_of_byte(span.end.byte), span.end);
    [to_u32(span.start.byte), to_u32(span.end.byte)]
}

impl SpanIndex {
    /// An empty index of a document of the text `positions` belongs to.
    pub fn new(positions: Positions) -> Self {
        Self {
            positions,
            ..Self::default()
        }
    }

    /// The spans of the node at `path`, if it exists.
    pub fn get(&self, path: &[PathSeg]) -> Option<NodeSpans> {
        let slot = path.iter().try_fold(0, |slot, seg| self.child(slot, seg))?;
        self.spans_at(slot, matches!(path.last(), Some(PathSeg::Key(_))))
    }

    /// Every node's path and spans, in document order.
    pub fn iter(&self) -> impl Iterator<Item = (Vec<PathSeg>, NodeSpans)> + '_ {
        // The open ancestors of the next node: slot, items seen so far, and the step to each.
        let mut open: Vec<(usize, usize, Option<PathSeg>)> = Vec::new();
        (0..self.nodes.len()).filter_map(move |slot| {
            while open
                .last()
                .is_some_and(|&(s, ..)| self.nodes.get(s).is_none_or(|n| n.end as usize <= slot))
            {
                open.pop();
            }
            let seg = match open.last_mut() {
                None => None,
                Some((parent, seen, _)) if self.is_seq(*parent) => {
                    *seen += 1;
                    Some(PathSeg::Index(*seen - 1))
                }
                Some(_) => Some(PathSeg::Key(self.key_text(slot)?.to_owned())),
            };
            let keyed = matches!(seg, Some(PathSeg::Key(_)));
            open.push((slot, 0, seg));
            let path = open.iter().filter_map(|(.., s)| s.clone()).collect();
            Some((path, self.spans_at(slot, keyed)?))
        })
    }

    fn spans_at(&self, slot: usize, keyed: bool) -> Option<NodeSpans> {
        let node = self.nodes.get(slot)?;
        let span = |[start, end]: [u32; 2]| Span {
            start: self.positions.pos_of_byte(start as usize),
            end: self.positions.pos_of_byte(end as usize),
        };
        Some(NodeSpans {
            key: keyed.then(|| span(node.key)),
            value: span(node.value),
        })
    }

    fn is_seq(&self, slot: usize) -> bool {
        self.nodes.get(slot).is_some_and(|n| n.items != NOT_SEQ)
    }

    fn key_text(&self, slot: usize) -> Option<&str> {
        let node = self.nodes.get(slot)?;
        match self
            .odd_keys
            .binary_search_by_key(&slot, |&[s, ..]| s as usize)
        {
            Ok(i) => {
                let [_, at, len] = *self.odd_keys.get(i)?;
                self.key_texts.get(at as usize..(at + len) as usize)
            }
            Err(_) => {
                let [start, end] = node.key;
                self.positions.text().get(start as usize..end as usize)
            }
        }
    }

    /// The slot of the child of `slot` reached by `seg`.
    fn child(&self, slot: usize, seg: &PathSeg) -> Option<usize> {
        let node = self.nodes.get(slot)?;
        match seg {
            PathSeg::Index(i) if node.items != NOT_SEQ => {
                let table = self.items.get(node.items as usize..)?;
                let (&len, items) = table.split_first()?;
                items
                    .get(*i)
                    .filter(|_| *i < len as usize)
                    .map(|&s| s as usize)
            }
            // Mappings have a handful of keys: skipping from one sibling to the next is enough.
            PathSeg::Key(k) if node.items == NOT_SEQ => {
                let mut child = slot + 1;
                while child < node.end as usize {
                    if self.key_text(child) == Some(k) {
                        return Some(child);
                    }
                    child = self.nodes.get(child)?.end as usize;
                }
                None
            }
            _ => None,
        }
    }

    /// Give the next node a slot; `close` completes it once its subtree is indexed.
    pub(super) fn open(&mut self, key: Option<(&str, Span)>) -> usize {
        let mut node = Node {
            value: [0; 2],
            key: [0; 2],
            end: 0,
            items: NOT_SEQ,
        };
        let slot = self.nodes.len();
        if let Some((k, span)) = key {
            node.key = packed(span, &self.positions);
            let [start, end] = node.key;
            if self.positions.text().get(start as usize..end as usize) != Some(k) {
                let at = to_u32(self.key_texts.len());
                self.odd_keys.push([to_u32(slot), at, to_u32(k.len())]);
                self.key_texts.push_str(k);
            }
        }
        self.nodes.push(node);
        slot
    }

    pub(super) fn close(&mut self, slot: usize, value: Span, seq: bool) {
        let end = self.nodes.len();
        let items = if seq {
            let at = self.items.len();
            self.items.push(0);
            let mut child = slot + 1;
            // everything after the sequence's slot is its subtree
            while let Some(n) = self.nodes.get(child) {
                self.items.push(to_u32(child));
                child = n.end as usize;
            }
            let len = self.items.len() - at - 1;
            if let Some(first) = self.items.get_mut(at) {
                *first = to_u32(len);
            }
            to_u32(at)
        } else {
            NOT_SEQ
        };
        if let Some(node) = self.nodes.get_mut(slot) {
            node.value = packed(value, &self.positions);
            node.end = to_u32(end);
            node.items = items;
        }
    }

    /// A document's index grows by doubling; give back the slack before it is kept.
    pub(super) fn shrunk(mut self) -> Self {
        self.nodes.shrink_to_fit();
        self.odd_keys.shrink_to_fit();
        self.key_texts.shrink_to_fit();
        self.items.shrink_to_fit();
        self
    }
}
