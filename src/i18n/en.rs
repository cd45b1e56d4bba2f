//! The interface in English.

use super::{StillText, Text};

/// Every English string of the interface.
pub static TEXT: Text = Text {
    title: "How far can Japan's new missiles reach?",
    lede: "News reports give different ranges for the Tomahawk and Type-12 missiles Japan is \
           fielding. This map shows Japanese launch locations and the First Island Chain; pick \
           a launch site, drag or zoom the map, and switch to the true-distance view to see \
           distances from the site undistorted.",
    language: "Language",
    source_switcher: "News source",
    all_sources: "All sources",
    all_sources_detail: "overlaid",
    compare_two: "Compare two",
    compare_two_detail: "side by side",
    legend_heading: "What each ring shows",
    legend_no_figure: "No range figure given: this source reports the purchase without saying \
                       how far the missiles reach.",
    qualifier_exact: "stated as a single figure",
    qualifier_about: "approximate",
    qualifier_lower_bound: "a lower bound: the source says it reaches farther",
    qualifier_upper_bound: "an upper bound",
    qualifier_band: "a range: the band between the two figures",
    zoom: "Zoom",
    zoom_in: "Zoom in",
    zoom_out: "Zoom out",
    reset_view: "Reset view",
    projection: "Projection",
    mercator: "Mercator",
    true_distance: "True distance",
    units: "Distance unit",
    unit_km: "Kilometres",
    unit_mi: "Statute miles",
    unit_nmi: "Nautical miles",
    reset: "Reset",
    mercator_note: "Mercator keeps shapes but stretches distances toward the poles, so a range \
                    ring drawn here looks lopsided to the north.",
    true_distance_note: "True distance: every point is placed at its real distance and direction \
                         from the launch site, so a range ring is a perfect circle.",
    credits: "Base map: Natural Earth (public domain), 1:10m, via world-atlas. Distances on the \
              WGS84 ellipsoid (Karney's geodesic algorithm). The First Island Chain is a \
              strategic concept; its line is schematic. Launch-site coordinates are approximate \
              (about 1 km).",
    theme: "Theme:",
    theme_group: "Colour theme",
    theme_auto: "System",
    theme_light: "Light",
    theme_dark: "Dark",
    reach_list: "Places within range",
    compare_group: "Compare two sources",
    compare_lead: "Compare",
    compare_first: "First source",
    compare_with: "with",
    compare_second: "Second source",
    compare_tail: "",
    compare_equal: "Both reach equally far: their rings coincide.",
    compare_changes: "What changes between them",
    compare_changes_label: "What changes between the two sources",
    table_heading: "What each source claims",
    table_note: "Each figure as the source prints it, with its quote. “Sources differ” marks a \
                 row whose sources give different figures; “differs” marks the cells that depart \
                 from the most common figure.",
    table_caption: "Claims, source by source",
    sources_differ: "Sources differ",
    differs: "differs",
    no_figure: "no figure given",
    row_tomahawk_range: "Tomahawk range",
    row_type12_current_range: "Type-12 range today",
    row_type12_upgraded_range: "Type-12 range upgraded",
    row_quantity: "Number of missiles",
    row_cost: "Cost",
    row_schedule: "Schedule",
    row_platform: "Launch platforms",
    copy_link: "Copy link",
    link_copied: "Link copied: it opens this exact view.",
    copy_by_hand: "Copy this link: ",
    embed: "Embed or download",
    added_by_page: "Added by the page that embeds this map, not one of the map's checked sources",
    added_short: "added by this page",
    added_link: "Article: ",
    close: "Close",
    story_caption: "Caption (optional)",
    chart_not_loaded: "The chart could not be loaded in the unit chosen. Choose another unit and back to try again. ",
    table_not_loaded: "The table could not be loaded in this language. Switch language and back \
                       to try again. ",
    legend_not_loaded: "The legend could not be loaded in this language. Switch language and \
                        back to try again. ",
    chart_heading: "Every range figure on one distance axis",
    chart_caption: "By source and system, each labelled as printed. Each source has its own \
                    colour and marker shape. A band is a from–to range; an arrow, an open-ended \
                    figure (“over”, “-plus”); a hollow marker with whiskers, “about”; a bar, an \
                    upper bound (“up to”, “maximum”).",
    detail_failed: "Detailed coastlines could not be loaded, so the map keeps its simplified \
                    outline. Zoom out and back in to try again. ",
    overview_failed: "The coastlines for this view could not be loaded, so it shows the rings and \
                      places on open sea. Switch to Mercator and back to try again. ",
    map_label: "Map of East Asia with Japanese launch sites. Click to put the launch point there. \
                Drag or use the arrow keys to pan; wheel, pinch or + and - to zoom; 0 to reset.",
    embed_reach: "Places within range, ring by ring",
    open_full_map: "Open the full map ↗",
    embed_credit: "Natural Earth base map · WGS84 geodesic rings",
    url_ignored: "Some settings in this link were ignored; the rest apply:",
    dismiss: "Dismiss this notice",
    story: "Story",
    story_prev: "Previous step",
    story_next: "Next step",
    downloaded: " downloaded.",
    launch_point: "Launch point",
    group_aegis_ports: "Aegis destroyer home ports",
    group_mainland: "Mainland bases",
    group_southwest_islands: "Southwest Islands",
    whole_chain: "The whole chain",
    own_point: "Your own point",
    own_point_help: "Click the map, drag the launch marker, or type decimal degrees (south and \
                     west negative).",
    latitude: "Latitude",
    longitude: "Longitude",
    go: "Go",
    coordinates_from: "Coordinates: ",
    your_point: "Your point",
    your_point_detail: "Rings show how far each claimed range would reach from here.",
    chain_heading: "The Southwest Islands chain",
    chain_launch: "the Southwest Islands chain",
    island_chain: "First Island Chain",
    own_map_view: "own map view",
    data_error: "The map's data could not be loaded",
};

/// Every English string of the still pictures, the drawn chart and the prerendered page's head.
pub static STILL_TEXT: StillText = StillText {
    description: "Geodesic range rings for the Tomahawk and Type-12 ranges different news sources \
                  cite, around Japanese launch sites and the First Island Chain.",
    boot_status: "The map is still loading; your choice will show in a moment.",
    noscript_note: "This is a still view of the map: switching sources, moving the launch point \
                    and zooming need JavaScript and WebAssembly.",
    chart_no_figure: ": no range figure",
    chart_no_figures: "no range figures",
    chart_failed: "The chart could not be drawn: ",
    export_sources: "Sources: ",
    export_credit: "Base map: Natural Earth (public domain) · Distances on the WGS84 ellipsoid \
                    (Karney) · Range claims map",
    still_no_figure: "This source prints no range figure.",
    still_notes: "A band shows a from–to figure; arrows mark “over” and “-plus” figures \
                  (open-ended). Mercator stretches rings to the north: every point of a ring is \
                  the same true distance from the launch point.",
};
