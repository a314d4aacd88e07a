package vn.tdkt.rules;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a class of rule tests: its assertions ({@link RuleAssertions}) record which rules each test shows firing and
 * passing ({@link RuleCoverage}), and the coverage gate ({@link RuleCoverageGateTest}) only judges a run in which
 * every test of every class so marked ran.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RuleCoverage.Recorder.class)
@interface RuleTests {
}
