/**
 * What a host calls to check plans: {@link vn.tdkt.engine.ComplianceEngine} checks plans against one pack,
 * {@link vn.tdkt.engine.Packs} holds the packs (those of the class path, and those a host reads from a directory)
 * and chooses one for a plan ({@link vn.tdkt.engine.PackChoice}), and {@link vn.tdkt.engine.PackInfo} shows a pack
 * with its guidance ({@link vn.tdkt.finding.GuidanceDocument}) and its rules
 * ({@link vn.tdkt.finding.RuleDescription}). What goes wrong is a {@link vn.tdkt.engine.PackException} or an
 * {@link vn.tdkt.engine.EvaluationException}.
 *
 * <p>Nothing here shows how a pack is written: the pack format ({@code vn.tdkt.pack}) is for the tools that read,
 * write and check packs, and the facts the rules see ({@code vn.tdkt.check}) are for the rules. A host that uses only
 * this package, {@code vn.tdkt.model}, {@code vn.tdkt.finding} and {@code vn.tdkt.json} keeps working when the
 * format changes; the build holds their public signatures to it.
 */
package vn.tdkt.engine;
