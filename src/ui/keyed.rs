//! Keyed rows for derived lists: a row made for one item follows that item as the list is
//! recomputed, so a switch only adds the rows that are new, removes the ones that left and
//! updates the attributes that changed, instead of rebuilding every row (new nodes cost style,
//! text shaping and layout in the switch's frame).

use leptos::prelude::*;

/// The item of `list` whose key (`key_of`) is `key`, starting from `first`: readers re-run
/// only when that item changes. An item that has left the list keeps its last value, as its
/// row is about to be removed.
pub fn follow_item<T, K>(list: Memo<Vec<T>>, key: K, key_of: fn(&T) -> &K, first: T) -> Memo<T>
where
    T: Clone + PartialEq + Send + Sync + 'static,
    K: PartialEq + Send + Sync + 'static,
{
    Memo::new(move |prev: Option<&T>| {
        list.with(|items| items.iter().find(|item| key_of(item) == &key).cloned())
            .or_else(|| prev.cloned())
            .unwrap_or_else(|| first.clone())
    })
}
