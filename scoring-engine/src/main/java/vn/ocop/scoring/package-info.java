/**
 * OCOP scoring engine: turns council members' answer sheets into points, star tiers and the next step of
 * the OCOP (Mỗi xã một sản phẩm — One Commune One Product) process.
 *
 * <p>Pure Java; Jackson is the only runtime dependency (to read the versioned catalogue). The façade is
 * {@link vn.ocop.scoring.ScoringEngine}; the criteria are in {@link vn.ocop.scoring.catalogue.Catalogue}.
 */
package vn.ocop.scoring;
