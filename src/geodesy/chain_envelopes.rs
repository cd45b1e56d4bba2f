//! The Southwest Islands chain's coverage envelopes as arcs, one entry per radius a range
//! claim names. Generated from the data by `cargo run --release --bin export --
//! chain-envelopes > src/geodesy/chain_envelopes.rs`; do not edit by hand (a test checks
//! it against the data). See `geodesy::arcs`.

use super::{EdgeArc, EnvelopeTable};

/// The chain's sites in data order, and per radius (metres) each polygon's loops of arcs.
pub const CHAIN_ENVELOPES: EnvelopeTable = EnvelopeTable {
    centres_deg: &[
        (129.54, 28.4),
        (127.89, 26.33),
        (125.3133, 24.7581),
        (124.17, 24.42),
        (122.99, 24.45),
    ],
    envelopes: &[
        (
            193121.28,
            &[
                &[
                    &[
                        EdgeArc { centre: 3, span_deg: Some((343.783778, 0.202181)) },
                        EdgeArc { centre: 2, span_deg: Some((323.955131, 19.415743)) },
                        EdgeArc { centre: 1, span_deg: Some((272.757093, 351.846392)) },
                        EdgeArc { centre: 0, span_deg: Some((259.036514, 172.604915)) },
                        EdgeArc { centre: 1, span_deg: Some((78.277915, 200.527654)) },
                        EdgeArc { centre: 2, span_deg: Some((91.645931, 180.677913)) },
                        EdgeArc { centre: 3, span_deg: Some((143.479816, 199.884316)) },
                        EdgeArc { centre: 4, span_deg: Some((163.296717, 19.395007)) },
                    ],
                ],
            ],
        ),
        (
            400726.656,
            &[
                &[
                    &[
                        EdgeArc { centre: 2, span_deg: Some((334.997264, 348.418203)) },
                        EdgeArc { centre: 1, span_deg: Some((303.755057, 325.602126)) },
                        EdgeArc { centre: 0, span_deg: Some((285.281128, 146.360566)) },
                        EdgeArc { centre: 1, span_deg: Some((104.522365, 169.529368)) },
                        EdgeArc { centre: 2, span_deg: Some((122.643353, 171.039425)) },
                        EdgeArc { centre: 3, span_deg: Some((153.117689, 190.414218)) },
                        EdgeArc { centre: 4, span_deg: Some((172.768446, 8.498724)) },
                    ],
                ],
            ],
        ),
        (
            997793.28,
            &[
                &[
                    &[
                        EdgeArc { centre: 0, span_deg: Some((304.649222, 133.864840)) },
                        EdgeArc { centre: 1, span_deg: Some((117.017761, 155.565997)) },
                        EdgeArc { centre: 2, span_deg: Some((136.607338, 165.784393)) },
                        EdgeArc { centre: 3, span_deg: Some((158.373114, 185.245841)) },
                        EdgeArc { centre: 4, span_deg: Some((177.936096, 347.791222)) },
                    ],
                ],
            ],
        ),
        (
            1448409.5999999999,
            &[
                &[
                    &[
                        EdgeArc { centre: 0, span_deg: Some((312.191878, 131.301125)) },
                        EdgeArc { centre: 1, span_deg: Some((119.580566, 152.719934)) },
                        EdgeArc { centre: 2, span_deg: Some((139.453268, 164.682649)) },
                        EdgeArc { centre: 3, span_deg: Some((159.474589, 184.162396)) },
                        EdgeArc { centre: 4, span_deg: Some((179.019630, 340.248197)) },
                    ],
                ],
            ],
        ),
        (
            1600000.0,
            &[
                &[
                    &[
                        EdgeArc { centre: 0, span_deg: Some((313.746479, 130.762587)) },
                        EdgeArc { centre: 1, span_deg: Some((120.122147, 152.120913)) },
                        EdgeArc { centre: 2, span_deg: Some((140.052687, 164.450411)) },
                        EdgeArc { centre: 3, span_deg: Some((159.707662, 183.932765)) },
                        EdgeArc { centre: 4, span_deg: Some((179.247662, 338.693751)) },
                    ],
                ],
            ],
        ),
        (
            1609344.0,
            &[
                &[
                    &[
                        EdgeArc { centre: 0, span_deg: Some((313.832619, 130.732007)) },
                        EdgeArc { centre: 1, span_deg: Some((120.151584, 152.087553)) },
                        EdgeArc { centre: 2, span_deg: Some((140.085913, 164.437430)) },
                        EdgeArc { centre: 3, span_deg: Some((159.720546, 183.920000)) },
                        EdgeArc { centre: 4, span_deg: Some((179.260340, 338.607696)) },
                    ],
                ],
            ],
        ),
        (
            2500000.0,
            &[
                &[
                    &[
                        EdgeArc { centre: 0, span_deg: Some((319.095530, 128.880841)) },
                        EdgeArc { centre: 1, span_deg: Some((122.001709, 150.034872)) },
                        EdgeArc { centre: 2, span_deg: Some((142.138464, 163.639180)) },
                        EdgeArc { centre: 3, span_deg: Some((160.518998, 183.135503)) },
                        EdgeArc { centre: 4, span_deg: Some((180.046328, 333.344667)) },
                    ],
                ],
            ],
        ),
    ],
};
