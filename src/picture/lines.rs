//! Line breaking for the still image's paragraphs, in English and Japanese: English breaks at
//! spaces; Japanese has none, so it breaks between characters, but never before a closing
//! mark (、。）」) nor after an opening one (（「), the minimum of the Japanese rules
//! (kinsoku) a reader notices. Pure: the width of a piece of text comes from the caller.

/// Characters a Japanese line must not start with: closing brackets and punctuation, the
/// prolonged sound mark and small kana that belong to the character before.
const NO_LINE_START: &str =
    "、。，．・：；？！）」』】〕〉》ー〜ぁぃぅぇぉっゃゅょァィゥェォッャュョ";
/// Characters a Japanese line must not end with: opening brackets.
const NO_LINE_END: &str = "（「『【〔〈《";

/// Whether a line may break between characters here: between two characters of which at
/// least one is Japanese (ideographs, kana, Japanese punctuation).
fn cjk(c: char) -> bool {
    crate::i18n::is_japanese_char(c)
}

/// The unbreakable pieces of `text`, each with whether a space came before it: English
/// words, and single Japanese characters (with the marks that may not be split from them).
fn pieces(text: &str) -> Vec<(bool, String)> {
    let mut out: Vec<(bool, String)> = Vec::new();
    let mut space_before = false;
    let mut prev: Option<char> = None;
    for c in text.chars() {
        if c == ' ' {
            space_before = true;
            prev = None;
            continue;
        }
        let breakable = match prev {
            None => true,
            Some(p) => (cjk(p) || cjk(c)) && !NO_LINE_START.contains(c) && !NO_LINE_END.contains(p),
        };
        match out.last_mut() {
            Some((_, piece)) if !breakable => piece.push(c),
            _ => out.push((space_before, c.to_string())),
        }
        space_before = false;
        prev = Some(c);
    }
    out
}

/// Splits `text` into lines no wider than `max_px`, as measured by `width_px`; a piece wider
/// than a line on its own gets a line of its own rather than being cut.
pub fn wrap(text: &str, max_px: f64, width_px: impl Fn(&str) -> f64) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    for (space, piece) in pieces(text) {
        let candidate = if current.is_empty() {
            piece.clone()
        } else if space {
            format!("{current} {piece}")
        } else {
            format!("{current}{piece}")
        };
        if width_px(&candidate) > max_px && !current.is_empty() {
            lines.push(std::mem::replace(&mut current, piece));
        } else {
            current = candidate;
        }
    }
    if !current.is_empty() {
        lines.push(current);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::wrap;

    /// Every character counts one unit, so the expected breaks can be worked by hand.
    fn chars(t: &str) -> f64 {
        t.chars().count() as f64
    }

    #[test]
    fn english_breaks_at_spaces_only() {
        assert_eq!(
            wrap("over 1,000 mi from Sasebo", 11.0, chars),
            ["over 1,000", "mi from", "Sasebo"]
        );
        // A word longer than the line stays whole.
        assert_eq!(
            wrap("a Tomahawk-class b", 4.0, chars),
            ["a", "Tomahawk-class", "b"]
        );
    }

    #[test]
    fn japanese_breaks_between_characters_but_not_before_closing_marks() {
        // 5 characters a line: 、 may not start the second line, so it goes with を.
        assert_eq!(
            wrap("射程の数字を、報道別に", 5.0, chars),
            ["射程の数字", "を、報道別", "に"]
        );
        assert_eq!(
            wrap("射程の数字、報道", 5.0, chars),
            ["射程の数", "字、報道"]
        );
        // An opening bracket stays with what follows it, and the closing one with what precedes.
        assert_eq!(
            wrap("共同通信（2023年10月）", 6.0, chars),
            ["共同通信", "（2023年", "10月）"]
        );
    }

    #[test]
    fn latin_inside_japanese_is_not_split() {
        assert_eq!(
            wrap("出典：Kyodo News（2023年10月）", 11.0, chars),
            ["出典：Kyodo", "News（2023年", "10月）"]
        );
    }
}
