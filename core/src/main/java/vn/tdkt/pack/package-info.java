/**
 * The pack format: what a {@code pack.yaml} describes ({@link vn.tdkt.pack.PackDescriptor}: the guidance, the dated
 * parameters and the rules bound to the shared checks), the parameter values in force on a day
 * ({@link vn.tdkt.pack.Parameters}), the check that a pack only tightens its baseline
 * ({@link vn.tdkt.pack.Tightening}), and the reading and validating of packs from the class path and from a
 * directory ({@link vn.tdkt.pack.PackLibrary}).
 *
 * <p>For the tools that read, write and check packs: the {@code tdkt pack} commands, the guidance drafter that
 * compares a draft with the national baseline, the plan generator that writes plans following a pack, and the tests
 * of the shipped packs. A host that checks plans does not need it: {@code vn.tdkt.engine} gives it each pack as a
 * {@code PackInfo} (its identity, guidance and rules) and keeps the format to itself, so that the format may change
 * without changing what hosts call. Nothing here depends on the engine or on Drools.
 */
package vn.tdkt.pack;
