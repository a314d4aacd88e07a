/**
 * What the rules see: the {@link vn.tdkt.check.Check} fact through which a rule reads a pack's parameters, and the
 * {@link vn.tdkt.check.FindingCollector} global it reports to. The DRL compiled into {@code tdkt-rules} and the
 * helpers it calls import them, so they are public; a host that checks plans never needs them: it calls
 * {@code vn.tdkt.engine}, which makes the facts and reads what the rules reported.
 */
package vn.tdkt.check;
