//! The `export` command, run as a built binary: GeoJSON output, SVG pictures and the PNGs
//! resvg draws of them, and refusals of bad arguments.

use serde_json::Value;
use std::process::{Command, Output};

fn export(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_export"))
        .args(args)
        .output()
        .expect("the export binary runs")
}

fn geojson(args: &[&str]) -> Value {
    let out = export(args);
    assert!(
        out.status.success(),
        "{args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("stdout is JSON")
}

fn feature_count(fc: &Value) -> usize {
    assert_eq!(fc["type"], "FeatureCollection");
    fc["features"].as_array().expect("features").len()
}

#[test]
fn geojson_for_every_source_from_sasebo_has_seven_features() {
    let fc = geojson(&["geojson", "--source", "all", "--site", "sasebo"]);
    assert_eq!(feature_count(&fc), 7);
    for f in fc["features"].as_array().unwrap() {
        assert_eq!(f["type"], "Feature");
        assert_eq!(f["properties"]["site"], "sasebo");
        let t = f["geometry"]["type"].as_str().unwrap();
        assert!(t == "Polygon" || t == "MultiPolygon", "{t}");
    }
}

#[test]
fn geojson_for_one_source_the_chain_and_a_custom_point() {
    let wt = geojson(&[
        "geojson",
        "--source",
        "washington-times-2026",
        "--site",
        "sasebo",
    ]);
    assert_eq!(feature_count(&wt), 4);
    assert_eq!(
        wt["features"][0]["properties"]["figure_as_printed"],
        "900 mi"
    );

    let chain = geojson(&["geojson", "--source", "kyodo-2023", "--site", "chain"]);
    assert_eq!(feature_count(&chain), 1);
    assert_eq!(chain["features"][0]["properties"]["site"], "chain");

    let custom = geojson(&["geojson", "--source", "kyodo-2023", "--site", "30.5,131.25"]);
    let p = &custom["features"][0]["properties"];
    assert_eq!(p["site"], "custom");
    assert_eq!(p["launch_lat_deg"], 30.5);
    assert_eq!(p["launch_lon_deg"], 131.25);
}

#[test]
fn geojson_can_be_written_to_a_file() {
    let path = std::env::temp_dir().join(format!("export-cli-{}.geojson", std::process::id()));
    let out = export(&[
        "geojson",
        "--source",
        "iuvinale-2024",
        "--site",
        "yokosuka",
        "--out",
        path.to_str().unwrap(),
    ]);
    assert!(out.status.success());
    assert!(out.stdout.is_empty(), "nothing on stdout with --out");
    let fc: Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    assert_eq!(feature_count(&fc), 1);
    let _ = std::fs::remove_file(path);
}

/// Runs with bad arguments and returns stderr, checking the exit status is non-zero.
fn refused(args: &[&str]) -> String {
    let out = export(args);
    assert!(!out.status.success(), "{args:?} should fail");
    assert!(out.stdout.is_empty(), "nothing written on failure");
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn bad_arguments_exit_non_zero_naming_the_bad_value() {
    let err = refused(&["geojson", "--source", "daily-planet", "--site", "sasebo"]);
    assert!(
        err.contains("daily-planet") && err.contains("Usage"),
        "{err}"
    );
    let err = refused(&["geojson", "--source", "all", "--site", "95,130"]);
    assert!(err.contains("95,130") && err.contains("Latitude"), "{err}");
    let err = refused(&["geojson", "--source", "all", "--site", "atlantis"]);
    assert!(err.contains("atlantis") && err.contains("sasebo"), "{err}");
    let err = refused(&["geojson", "--source", "all", "--site", "30,east"]);
    assert!(err.contains("Longitude"), "{err}");
    let err = refused(&["image", "--source", "all", "--format", "gif"]);
    assert!(err.contains("gif"), "{err}");
    let err = refused(&[
        "image", "--source", "all", "--format", "png", "--width", "9",
    ]);
    assert!(err.contains("--width") && err.contains('9'), "{err}");
    let err = refused(&["image", "--format", "png", "--map-height", "99999"]);
    assert!(
        err.contains("--map-height") && err.contains("99999"),
        "{err}"
    );
    let err = refused(&["image", "--format", "png", "--scale", "9"]);
    assert!(err.contains("--scale") && err.contains('9'), "{err}");
    let err = refused(&["image", "--format", "svg", "--theme", "sepia"]);
    assert!(
        err.contains("sepia") && err.contains("light or dark"),
        "{err}"
    );
    let err = refused(&["image", "--format", "svg", "--query", "proj=globe"]);
    assert!(err.contains("--query") && err.contains("globe"), "{err}");
    let err = refused(&["geojson", "--source", "all"]);
    assert!(err.contains("--site"), "{err}");
    let err = refused(&["geojson", "--source"]);
    assert!(err.contains("--source"), "{err}");
    let err = refused(&["draw"]);
    assert!(err.contains("draw"), "{err}");
    let err = refused(&["geojson", "--format", "png"]);
    assert!(err.contains("--format"), "{err}");
}

/// Width and height from a PNG's IHDR chunk (right after the 8-byte signature).
fn png_size(bytes: &[u8]) -> (u32, u32) {
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n", "PNG signature");
    assert_eq!(&bytes[12..16], b"IHDR");
    let be = |i: usize| u32::from_be_bytes(bytes[i..i + 4].try_into().unwrap());
    (be(16), be(20))
}

/// The SVG's `width` and `height` attributes, in px.
fn svg_size(svg: &str) -> (f64, f64) {
    let attr = |name: &str| -> f64 {
        let at = svg.find(&format!(" {name}=\"")).expect("the attribute") + name.len() + 3;
        svg[at..].split('"').next().unwrap().parse().unwrap()
    };
    (attr("width"), attr("height"))
}

/// Runs the command and returns its standard output, checking it succeeded.
fn run(args: &[&str]) -> Vec<u8> {
    let out = export(args);
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

#[test]
fn png_images_are_the_svg_at_twice_its_size_or_the_scale_asked() {
    let png = run(&["image", "--source", "all", "--format", "png"]);
    let svg = String::from_utf8(run(&["image", "--source", "all", "--format", "svg"])).unwrap();
    let (w, h) = svg_size(&svg);
    assert_eq!(w, 720.0, "the still images' width");
    assert!(h > 480.0 + 150.0, "the map and the text around it: {h}");
    assert_eq!(png_size(&png), (1440, (h * 2.0) as u32));
    // The file ends with the IEND chunk: it was written whole.
    assert_eq!(&png[png.len() - 8..png.len() - 4], b"IEND");

    let small = [
        "image",
        "--source",
        "kyodo-2023",
        "--site",
        "chain",
        "--width",
        "640",
        "--map-height",
        "400",
        "--scale",
        "1",
    ];
    let png = run(&[&small[..], &["--format", "png"]].concat());
    let svg = String::from_utf8(run(&[&small[..], &["--format", "svg"]].concat())).unwrap();
    let (w, h) = svg_size(&svg);
    assert_eq!(w, 640.0);
    assert_eq!(png_size(&png), (640, h as u32));
}

#[test]
fn height_sets_the_whole_picture_a_social_card_is_exactly_1200_by_630() {
    for lang in ["en", "ja"] {
        let card = [
            "image", "--source", "all", "--lang", lang, "--width", "1200", "--height", "630",
            "--scale", "1",
        ];
        assert_eq!(
            png_size(&run(&[&card[..], &["--format", "png"]].concat())),
            (1200, 630),
            "{lang}"
        );
        let svg = String::from_utf8(run(&[&card[..], &["--format", "svg"]].concat())).unwrap();
        assert_eq!(svg_size(&svg), (1200.0, 630.0));
    }
    // With the map's own height too, or too little left for the map, it is refused.
    let err = refused(&[
        "image",
        "--format",
        "png",
        "--height",
        "630",
        "--map-height",
        "400",
    ]);
    assert!(err.contains("--height"), "{err}");
    let err = refused(&["image", "--format", "png", "--height", "330"]);
    assert!(err.contains("--height") && err.contains("330"), "{err}");
}

/// The RGB pixels of a PNG the command wrote (8-bit RGB).
fn png_pixels(bytes: &[u8]) -> (u32, u32, Vec<u8>) {
    let decoder = png::Decoder::new(bytes);
    let mut reader = decoder.read_info().expect("a PNG");
    let mut buf = vec![0; reader.output_buffer_size()];
    let info = reader.next_frame(&mut buf).expect("its pixels");
    assert_eq!(info.color_type, png::ColorType::Rgb);
    buf.truncate(info.buffer_size());
    (info.width, info.height, buf)
}

#[test]
fn the_png_is_resvgs_drawing_of_the_svg() {
    for args in [
        &["--source", "all", "--lang", "ja", "--theme", "dark"][..],
        &[
            "--query",
            "source=washington-times-2026&site=chain&proj=aeqd&unit=nmi",
        ][..],
    ] {
        let png = run(&[&["image", "--format", "png"][..], args].concat());
        let svg = run(&[&["image", "--format", "svg"][..], args].concat());
        let (w, h, rgb) = png_pixels(&png);
        let (sw, sh, rgba) =
            range_claims::picture::svg_to_pixels(std::str::from_utf8(&svg).unwrap(), 2.0)
                .expect("resvg draws the SVG");
        assert_eq!((w, h), (sw, sh));
        let drawn: Vec<u8> = rgba
            .chunks_exact(4)
            .flat_map(|p| [p[0], p[1], p[2]])
            .collect();
        assert!(drawn == rgb, "{args:?}: the PNG is not the SVG's drawing");
    }
}

#[test]
fn images_take_a_page_query_and_a_theme() {
    let svg = String::from_utf8(run(&[
        "image",
        "--format",
        "svg",
        "--query",
        "?source=kyodo-2023&site=chain&proj=aeqd&unit=nmi&theme=dark&lang=ja",
    ]))
    .unwrap();
    assert!(svg.contains("data-theme=\"dark\""));
    assert!(
        svg.contains("約1,600キロ") && svg.contains("海里"),
        "in Japanese, in nmi"
    );
    assert!(svg.contains("data-site=\"chain\""));
    // --theme and --lang win over the query's.
    let svg = String::from_utf8(run(&[
        "image",
        "--format",
        "svg",
        "--query",
        "theme=dark&lang=ja",
        "--theme",
        "light",
        "--lang",
        "en",
    ]))
    .unwrap();
    assert!(svg.contains("data-theme=\"light\"") && svg.contains("about 1,600 km"));
}

#[test]
fn svg_images_carry_the_title_legend_sources_and_credit() {
    let out = export(&[
        "image",
        "--source",
        "washington-times-2026",
        "--format",
        "svg",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let svg = String::from_utf8(out.stdout).unwrap();
    assert!(svg.starts_with("<svg") && svg.trim_end().ends_with("</svg>"));
    assert!(svg.contains("width=\"720\""));
    assert!(
        svg.contains("How far can Japan&apos;s new missiles reach?")
            || svg.contains("How far can Japan's new missiles reach?")
    );
    for text in [
        "900 mi",
        "over 1,000 mi",
        "120–249 mi",
        "up to 620 mi",
        "Tomahawk Block IV",
        "The Washington Times, about Jan 2026",
        "Sources:",
        "Base map: Natural Earth (public domain)",
    ] {
        assert!(svg.contains(text), "the SVG shows “{text}”");
    }
    assert!(!svg.contains("Kyodo"), "only the chosen source");
}

#[test]
fn images_come_in_japanese_and_a_language_the_map_lacks_is_refused() {
    let out = export(&[
        "image",
        "--source",
        "kyodo-2023",
        "--format",
        "svg",
        "--lang",
        "ja",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let svg = String::from_utf8(out.stdout).unwrap();
    for text in [
        "日本の新たなミサイルはどこまで届くのか",
        "約1,600キロ",
        "出典：共同通信",
    ] {
        assert!(svg.contains(text), "the Japanese SVG shows “{text}”");
    }
    let err = refused(&[
        "image", "--source", "all", "--format", "png", "--lang", "fr",
    ]);
    assert!(err.contains("“fr”") && err.contains("en or ja"), "{err}");
}

#[test]
fn glyphs_lists_each_character_the_japanese_images_draw_once() {
    let out = export(&["glyphs", "--lang", "ja"]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let chars: Vec<char> = text.trim_end().chars().collect();
    for c in "佐世保約キロ出典".chars() {
        assert!(chars.contains(&c), "{c} is listed");
    }
    assert!(!chars.iter().any(|c| c.is_whitespace()));
    let mut unique = chars.clone();
    unique.dedup();
    assert_eq!(unique.len(), chars.len(), "each once");
    assert!(refused(&["glyphs"]).contains("--lang is required"));
}

#[test]
fn rasterise_draws_an_svg_file_as_the_image_command_draws_its_own() {
    // A file the map wrote (here the command's own SVG, saved as the editor's download is):
    // drawn by `rasterise`, it is byte for byte the PNG the image command makes of it.
    let args = [
        "image",
        "--query",
        "site=chain&theme=dark&lang=ja",
        "--scale",
        "1",
    ];
    let svg = run(&[&args[..], &["--format", "svg"]].concat());
    let png = run(&[&args[..], &["--format", "png"]].concat());
    let dir = std::env::temp_dir().join(format!("export-rasterise-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("map.svg");
    std::fs::write(&file, &svg).unwrap();
    let drawn = run(&["rasterise", file.to_str().unwrap(), "--scale", "1"]);
    assert!(drawn == png, "rasterise drew the file otherwise");
    // Bad input names what is wrong.
    let err = refused(&["rasterise", dir.join("missing.svg").to_str().unwrap()]);
    assert!(err.contains("missing.svg"), "{err}");
    assert!(refused(&["rasterise"]).contains("FILE.svg"));
    assert!(refused(&["rasterise", file.to_str().unwrap(), "--scale", "9"]).contains('9'));
    std::fs::remove_dir_all(&dir).ok();
}
