package dk.broer.system;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The JSON API and the database, black-box against the packaged WAR on Payara Micro with an
 * in-memory Derby and demo data. One deployment (one server boot) carries every API test; the
 * tests live in the interfaces by subject, so each file stays about one thing.
 */
@ExtendWith(ArquillianExtension.class)
class ApiIT implements ContentApiTests, StaffAccessTests, OrganisationTests, CohortTests, ImportTests, LearningTests, MatrixTests,
        CertificateTests, CredentialTests, ConsultantTests, EvaluationTests, ReachTests, AuthorisationTableTests, MetricsTests {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Broer.war().addClass(AdminsView.class);
    }
}
