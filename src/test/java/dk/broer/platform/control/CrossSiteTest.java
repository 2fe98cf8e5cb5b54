package dk.broer.platform.control;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CrossSiteTest {

    private static final String BASE = "https://broer.example.org";

    @Test
    void readingIsAlwaysAllowed() {
        assertTrue(CrossSite.allowed("GET", "https://evil.example", null, true, BASE));
        assertTrue(CrossSite.allowed("HEAD", null, null, true, BASE));
    }

    @Test
    void changesMustComeFromBroersOwnOrigin() {
        assertTrue(CrossSite.allowed("POST", BASE, null, true, BASE));
        assertTrue(CrossSite.allowed("DELETE", "HTTPS://BROER.EXAMPLE.ORG", null, true, BASE));
        assertFalse(CrossSite.allowed("POST", "https://evil.example", null, true, BASE));
        assertFalse(CrossSite.allowed("PUT", "https://broer.example.org.evil.example", null, false, BASE));
        assertFalse(CrossSite.allowed("POST", "null", null, true, BASE), "sandboxed frames send Origin: null");
    }

    @Test
    void withoutOriginASessionNeedsAMatchingReferer() {
        assertTrue(CrossSite.allowed("POST", null, BASE + "/staff.html", true, BASE));
        assertFalse(CrossSite.allowed("POST", null, "https://broer.example.org.evil.example/x", true, BASE));
        assertFalse(CrossSite.allowed("POST", null, null, true, BASE), "a cookie alone proves nothing");
        assertTrue(CrossSite.allowed("POST", null, null, false, BASE), "scripts without a session are not browsers");
    }

    @Test
    void theBaseOriginIsWhatBrowsersSend() {
        assertTrue(BaseUrl.originOf("https://broer.example.org/").equals(BASE));
        assertTrue(BaseUrl.originOf("https://Broer.Example.org:443").equals(BASE));
        assertTrue(BaseUrl.originOf("http://localhost:8080").equals("http://localhost:8080"));
    }
}
