//! A few values kept by key for re-use, the least recently used dropped first: the ring
//! outlines of recent launch points and scales, the base layers of recent projections.

/// Values kept by key, at most `keep` of them; the one least recently asked for is dropped
/// to make room. A linear list: it holds a handful of entries, compared by key.
#[derive(Debug)]
pub struct Recent<K, V> {
    /// How many entries are kept.
    keep: usize,
    /// The entries, most recently used last.
    entries: Vec<(K, V)>,
}

impl<K: PartialEq, V> Recent<K, V> {
    /// An empty store keeping at most `keep` entries (at least one).
    pub fn new(keep: usize) -> Self {
        Self {
            keep: keep.max(1),
            entries: Vec::new(),
        }
    }

    /// The value kept for `key`, or `make()`'s, kept from now on; either way it becomes the
    /// most recently used.
    pub fn get_or_insert_with(&mut self, key: K, make: impl FnOnce() -> V) -> &mut V {
        let entry = match self.entries.iter().position(|(k, _)| *k == key) {
            Some(i) => self.entries.remove(i),
            None => {
                if self.entries.len() >= self.keep {
                    self.entries.remove(0);
                }
                (key, make())
            }
        };
        self.entries.push(entry);
        let last = self.entries.len() - 1;
        &mut self.entries[last].1
    }
}
