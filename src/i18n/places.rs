//! Launch points, the chain and coordinates, as each language names them.

use crate::lang::Lang;
use crate::model::{LonLat, SiteGroup};

impl Lang {
    /// A launch site marker's accessible name: "Launch site Sasebo"; "発射拠点 佐世保".
    pub fn launch_site_label(self, name: &str) -> String {
        match self {
            Lang::En => format!("Launch site {name}"),
            Lang::Ja => format!("発射拠点 {name}"),
        }
    }

    /// The island chain's accessible name: "First Island Chain, through Kyushu, Amami, …";
    /// "第1列島線（九州、奄美、…を通る）".
    pub fn chain_label(self, name: &str, through: &[&str]) -> String {
        match self {
            Lang::En => format!("{name}, through {}", through.join(", ")),
            Lang::Ja => format!("{name}（{}を通る）", through.join("、")),
        }
    }

    /// A point's latitude and longitude: "33.159°N, 129.723°E"; "北緯33.159°、東経129.723°".
    pub fn lat_lon(self, p: LonLat) -> String {
        match self {
            Lang::En => {
                let ns = if p.lat_deg < 0.0 { 'S' } else { 'N' };
                let ew = if p.lon_deg < 0.0 { 'W' } else { 'E' };
                format!("{:.3}°{ns}, {:.3}°{ew}", p.lat_deg.abs(), p.lon_deg.abs())
            }
            Lang::Ja => {
                let ns = if p.lat_deg < 0.0 { "南緯" } else { "北緯" };
                let ew = if p.lon_deg < 0.0 { "西経" } else { "東経" };
                format!("{ns}{:.3}°、{ew}{:.3}°", p.lat_deg.abs(), p.lon_deg.abs())
            }
        }
    }

    /// A launch-site group's heading.
    pub const fn site_group(self, group: SiteGroup) -> &'static str {
        let t = self.text();
        match group {
            SiteGroup::AegisPort => t.group_aegis_ports,
            SiteGroup::Mainland => t.group_mainland,
            SiteGroup::SouthwestIslands => t.group_southwest_islands,
        }
    }

    /// The note under the coordinate form for a point outside the detailed region.
    pub fn outside_region(self, p: LonLat) -> String {
        let at = self.lat_lon(p);
        match self {
            Lang::En => format!(
                "{at} is outside East Asia, the region this map is drawn for: rings and distances \
                 are exact, but the coastlines there are coarse."
            ),
            Lang::Ja => format!(
                "{at}は、この地図が詳しく描いている東アジアの外です。射程円と距離は正確ですが、\
                 その付近の海岸線は粗く描かれています。"
            ),
        }
    }

    /// What the chain as a launch point means, naming its `sites`.
    pub fn chain_detail(self, sites: &[&str]) -> String {
        let n = sites.len();
        match self {
            Lang::En => format!(
                "Each ring is the coverage of all {n} sites together ({}): everything within \
                 range of at least one of them. Distances in the lists are from the nearest site.",
                sites.join(", ")
            ),
            Lang::Ja => format!(
                "各円は{n}か所の拠点（{}）を合わせた範囲で、少なくとも1か所から射程内にある\
                 地域すべてです。一覧の距離は最も近い拠点からのものです。",
                sites.join("、")
            ),
        }
    }

    /// What the prerendered view says while the map loads when a link asks for another view
    /// than the one it shows (every source from `site`).
    pub fn boot_view(self, site: &str) -> String {
        match self {
            Lang::En => format!(
                "Until the map is ready it shows every source from {site}; the view your link \
                 asks for follows."
            ),
            Lang::Ja => format!(
                "地図の準備ができるまでは、{site}からのすべての報道の射程を表示しています。\
                 リンクの表示はまもなく続きます。"
            ),
        }
    }

    /// The reach list's heading: "Within range of Sasebo"; "佐世保からの射程内".
    pub fn within_range_of(self, launch: &str) -> String {
        match self {
            Lang::En => format!("Within range of {launch}"),
            Lang::Ja => format!("{launch}からの射程内"),
        }
    }
}
