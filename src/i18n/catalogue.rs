//! The catalogue's shape: [`Text`], one `&'static str` per string of the interface, and
//! [`Lang::text`], the language's catalogue ([`super::en::TEXT`], [`super::ja::TEXT`]).

use super::{en, ja};
use crate::lang::Lang;

impl Lang {
    /// This language's catalogue.
    pub const fn text(self) -> &'static Text {
        match self {
            Lang::En => &en::TEXT,
            Lang::Ja => &ja::TEXT,
        }
    }

    /// This language's words for what is drawn or written once rather than live: the still
    /// pictures (which the editor's downloads also draw), the build's chart and the
    /// prerendered page's head. Apart from [`Text`] so the reader's wasm does not carry them.
    pub const fn still_text(self) -> &'static StillText {
        match self {
            Lang::En => &en::STILL_TEXT,
            Lang::Ja => &ja::STILL_TEXT,
        }
    }
}

/// Defines a catalogue struct from a list of documented field names, each a `&'static str`,
/// with `entries()` listing them all: the catalogue tests walk every entry of both languages
/// through it, so a field added to one is checked without a test to update. The map's
/// [`Text`] and the editor's own catalogue are both made by it.
macro_rules! catalogue {
    ($(#[doc = $sdoc:expr])* struct $struct:ident { $($(#[doc = $doc:expr])* $name:ident,)* }) => {
        $(#[doc = $sdoc])*
        #[derive(Debug)]
        pub struct $struct {
            $($(#[doc = $doc])* pub $name: &'static str,)*
        }

        impl $struct {
            /// Every entry as (field name, text), in the order they are declared.
            pub fn entries(&self) -> Vec<(&'static str, &'static str)> {
                vec![$((stringify!($name), self.$name)),*]
            }
        }
    };
}
pub(crate) use catalogue;

catalogue! {
    /// Every string of the reader's map in one language. A field's doc says where it is
    /// shown; sentences with parts are functions on [`Lang`].
    struct Text {
    /// The page's title (also the embed's heading and the document title).
    title,
    /// The paragraph under the title.
    lede,
    /// The language switch's accessible name.
    language,
    /// The source switcher's accessible name.
    source_switcher,
    /// The switcher's "All sources" button, and the line under it.
    all_sources,
    /// Under "All sources".
    all_sources_detail,
    /// The switcher's "Compare two" button.
    compare_two,
    /// Under "Compare two".
    compare_two_detail,
    /// The legend's heading (and accessible name).
    legend_heading,
    /// A shown source with no range figure, in the legend.
    legend_no_figure,
    /// Qualifier meaning: a single figure.
    qualifier_exact,
    /// Qualifier meaning: approximate.
    qualifier_about,
    /// Qualifier meaning: a lower bound ("over", "-plus").
    qualifier_lower_bound,
    /// Qualifier meaning: an upper bound ("up to", "maximum").
    qualifier_upper_bound,
    /// Qualifier meaning: a band between two figures.
    qualifier_band,
    /// The zoom buttons' group name.
    zoom,
    /// Zoom-in button.
    zoom_in,
    /// Zoom-out button.
    zoom_out,
    /// Reset-view button.
    reset_view,
    /// The projection buttons' group name.
    projection,
    /// The Mercator view's button.
    mercator,
    /// The true-distance view's button.
    true_distance,
    /// The unit buttons' group name.
    units,
    /// The kilometre button's full name.
    unit_km,
    /// The statute-mile button's full name.
    unit_mi,
    /// The nautical-mile button's full name.
    unit_nmi,
    /// The reset button's text.
    reset,
    /// Under the map in the Mercator view: why its rings look lopsided.
    mercator_note,
    /// Under the map in the true-distance view.
    true_distance_note,
    /// The credits: base map, method, the chain, the sites.
    credits,
    /// The theme switch's label.
    theme,
    /// The theme switch's accessible name.
    theme_group,
    /// Theme: follow the system.
    theme_auto,
    /// Theme: light.
    theme_light,
    /// Theme: dark.
    theme_dark,
    /// The Southwest Islands sites launching together, as a launch point's name.
    chain_launch,
    /// The reach list's accessible name.
    reach_list,
    /// The compare bar's accessible name.
    compare_group,
    /// Before the first picker ("Compare").
    compare_lead,
    /// The first picker's name.
    compare_first,
    /// Between the pickers ("with").
    compare_with,
    /// The second picker's name.
    compare_second,
    /// After the second picker (empty in English; "を比較" in Japanese).
    compare_tail,
    /// Two compared rings that coincide.
    compare_equal,
    /// The compare section's heading.
    compare_changes,
    /// The compare section's accessible name.
    compare_changes_label,
    /// The claims table's heading.
    table_heading,
    /// How to read the claims table.
    table_note,
    /// The claims table's caption.
    table_caption,
    /// Marks a row whose sources give different figures.
    sources_differ,
    /// Marks a cell that departs from the most common figure.
    differs,
    /// A cell whose source gives no figure.
    no_figure,
    /// Table row: Tomahawk range.
    row_tomahawk_range,
    /// Table row: Type-12 range today.
    row_type12_current_range,
    /// Table row: Type-12 range upgraded.
    row_type12_upgraded_range,
    /// Table row: number of missiles.
    row_quantity,
    /// Table row: cost.
    row_cost,
    /// Table row: schedule.
    row_schedule,
    /// Table row: launch platforms.
    row_platform,
    /// The copy-link button.
    copy_link,
    /// Said once the link is on the clipboard.
    link_copied,
    /// Before the link to copy by hand.
    copy_by_hand,
    /// The link from the map to the newsroom's editor (embed code, story, downloads).
    embed,
    /// How every claim an embedding page added is marked: not one of the map's sources.
    added_by_page,
    /// The same, short, for a switcher button and a legend line.
    added_short,
    /// Before an added claim's link.
    added_link,
    /// Closes a dialog.
    close,
    /// A step caption's placeholder.
    story_caption,
    /// The chart's caption heading.
    chart_heading,
    /// Above the chart when the drawing for the reader's unit could not be fetched.
    chart_not_loaded,
    /// Above the claims table when the table in the reader's language could not be fetched.
    table_not_loaded,
    /// Above the legend when the legend in the reader's language could not be fetched.
    legend_not_loaded,
    /// How to read the chart.
    chart_caption,
    /// Under the map when the detailed coastlines could not be fetched.
    detail_failed,
    /// Under the map when the true-distance view's coastlines could not be fetched.
    overview_failed,
    /// The map's accessible name and how to use it.
    map_label,
    /// The embed's fold with the reach list.
    embed_reach,
    /// The embed's link to the full page.
    open_full_map,
    /// The embed's credit line.
    embed_credit,
    /// Over the list of URL settings that were ignored.
    url_ignored,
    /// A notice's dismiss button.
    dismiss,
    /// The story bar's accessible name.
    story,
    /// The story's previous-step button.
    story_prev,
    /// The story's next-step button.
    story_next,
    /// Said when a download has started: after the format's name ("SVG downloaded.").
    downloaded,
    /// The launch panel's heading.
    launch_point,
    /// Site group heading: the Aegis destroyers' home ports.
    group_aegis_ports,
    /// Site group heading: bases on the main islands.
    group_mainland,
    /// Site group heading: the Southwest Islands.
    group_southwest_islands,
    /// The button that launches from every Southwest Islands site together.
    whole_chain,
    /// The coordinate form's heading.
    own_point,
    /// How to set one's own point.
    own_point_help,
    /// The latitude field's label.
    latitude,
    /// The longitude field's label.
    longitude,
    /// The coordinate form's button.
    go,
    /// Before a site's coordinate source.
    coordinates_from,
    /// A reader's own launch point, as a heading.
    your_point,
    /// What the rings show from a reader's own point.
    your_point_detail,
    /// The chain as a launch point, as a heading.
    chain_heading,
    /// The island chain's name on the map.
    island_chain,
    /// A story step whose view has its own zoom and centre, in the Embed dialog.
    own_map_view,
    /// A broken data file's heading.
    data_error,
    }
}

catalogue! {
    /// The words of the still pictures, the drawn range chart and the prerendered page's
    /// head and no-script note, in one language (see [`Lang::still_text`]).
    struct StillText {
    /// The page's `<meta name="description">`: what a link preview or a search result says.
    description,
    /// Said when a reader picks a source or site before the map is live (the prerendered
    /// view's controls; the choice applies when the map takes over).
    boot_status,
    /// The page without JavaScript: what the still view cannot do.
    noscript_note,
    /// After a source's name on a chart row with no range figure.
    chart_no_figure,
    /// The chart's summary when no source gives a figure.
    chart_no_figures,
    /// Before the reason the chart could not be drawn.
    chart_failed,
    /// Before the list of sources under an exported map.
    export_sources,
    /// The credit line under an exported map.
    export_credit,
    /// A picture's legend when the chosen source gives no range figure.
    still_no_figure,
    /// How to read a picture's rings, under its legend (Mercator only: it speaks of its stretch).
    still_notes,
    }
}
