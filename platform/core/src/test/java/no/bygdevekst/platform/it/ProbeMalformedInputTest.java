package no.bygdevekst.platform.it;

import io.quarkus.test.junit.QuarkusTest;
import no.bygdevekst.platform.testing.malformed.MalformedInputContract;

/** The contract every service runs, run here against the platform's own small application. */
@QuarkusTest
class ProbeMalformedInputTest extends MalformedInputContract {}
