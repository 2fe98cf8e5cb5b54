package dk.broer.system;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Staff accounts, sign-in, sessions, one-time links, throttling and the platform's refusals of abuse. */
interface StaffAccessTests {

    private static Http admin() {
        return Broer.demo("admin");
    }

    private static String signIn(String username, String password) {
        return "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}";
    }

    @Test
    default void signingInSetsAnHttpOnlySameSiteCookieForTwelveHours() {
        Http browser = Broer.anonymous();
        Http.Reply reply = browser.post("api/session", signIn("coordinator", Broer.DEMO_PASSWORD));
        assertEquals(200, reply.status(), reply.toString());
        String cookie = reply.header("Set-Cookie");
        assertTrue(cookie.startsWith("broer-session="), cookie);
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax") && cookie.contains("Path=/"), cookie);
        assertFalse(cookie.contains("Secure"), "plain http base URL: no Secure flag, or the browser would drop it");
        int maxAge = Integer.parseInt(cookie.replaceAll(".*Max-Age=(\\d+).*", "$1"));
        assertTrue(maxAge > 11 * 3600 && maxAge <= 12 * 3600, cookie);
        JsonObject me = browser.get("api/session").object();
        assertTrue(me.getBoolean("signedIn"));
        assertEquals("coordinator", me.getString("username"));
        assertEquals("[\"coordinator\"]", me.getJsonArray("roles").toString());
        Instant expires = Instant.parse(me.getString("expiresAt"));
        assertTrue(Duration.between(Instant.now(), expires).toHours() >= 11, expires.toString());
        assertFalse(Broer.anonymous().get("api/session").object().getBoolean("signedIn"));
    }

    @Test
    default void aWrongPasswordAndAnUnknownUsernameGetTheSameAnswer() {
        Http.Reply wrong = Broer.anonymous().post("api/session?lang=en", signIn("coordinator", "not the password at all"));
        Http.Reply unknown = Broer.anonymous().post("api/session?lang=en", signIn("no.such.person", "not the password at all"));
        assertEquals(401, wrong.status());
        assertEquals(wrong.body(), unknown.body());
        assertEquals("The username or the password is wrong.", wrong.object().getString("detail"));
        assertEquals("", wrong.header("Set-Cookie"));
    }

    @Test
    default void signingOutEndsTheSessionOnTheServerNotJustTheCookie() {
        Http browser = Broer.anonymous();
        String cookie = browser.post("api/session", signIn("assessor", Broer.DEMO_PASSWORD)).header("Set-Cookie").split(";")[0];
        assertEquals(200, Broer.anonymous().get("api/account", "Cookie", cookie).status());
        Http.Reply out = browser.delete("api/session");
        assertEquals(204, out.status());
        assertTrue(out.header("Set-Cookie").contains("Max-Age=0"), out.header("Set-Cookie"));
        assertEquals(401, Broer.anonymous().get("api/account", "Cookie", cookie).status(), "the old token is dead");
        assertEquals(401, browser.get("api/account").status());
    }

    @Test
    default void anAdminCreatesAnAccountAndThePersonSetsTheirOwnPassword() {
        Http admin = admin();
        Staff.Created created = Staff.create(admin, "trainer");
        assertTrue(created.link().startsWith(Broer.base() + "password.html#"), created.link());
        JsonObject info = Broer.anonymous().post("api/links/inspect", "{\"token\":\"" + created.token() + "\"}").object();
        assertEquals("invite", info.getString("purpose"));
        assertEquals(created.username(), info.getString("username"));

        assertEquals(401, Broer.anonymous().post("api/session", signIn(created.username(), Staff.PASSWORD)).status(),
                "no password until the person sets one");
        Http.Reply weak = Staff.setPassword(created.token(), "password1234");
        assertEquals(400, weak.status());
        assertFalse(weak.fieldError("password").isEmpty(), weak.toString());
        Http.Reply same = Staff.setPassword(created.token(), created.username());
        assertEquals(400, same.status());
        assertEquals(200, Staff.setPassword(created.token(), Staff.PASSWORD).status());
        assertEquals(404, Staff.setPassword(created.token(), Staff.PASSWORD + "!").status(), "a link works once");

        Http trainer = Broer.signedIn(created.username(), Staff.PASSWORD);
        assertEquals(created.username(), trainer.get("api/account").object().getString("username"));
        JsonObject listed = admin.get("api/staff/" + created.id()).object();
        assertTrue(listed.getBoolean("passwordSet"));
        assertFalse(listed.toString().toLowerCase().contains("hash"), "no password hash ever leaves the server");
    }

    @Test
    default void deactivatingAnAccountEndsItsSessionsAtOnce() {
        Http admin = admin();
        Staff.Created created = Staff.create(admin, "trainer");
        Staff.setPassword(created.token(), Staff.PASSWORD);
        Http phone = Broer.signedIn(created.username(), Staff.PASSWORD);
        Http laptop = Broer.signedIn(created.username(), Staff.PASSWORD);
        assertEquals(200, phone.get("api/account").status());
        assertEquals(200, admin.post("api/staff/" + created.id() + "/deactivate", "{}").status());
        assertEquals(401, phone.get("api/account").status());
        assertEquals(401, laptop.get("api/account").status());
        Http.Reply again = Broer.anonymous().post("api/session?lang=en", signIn(created.username(), Staff.PASSWORD));
        assertEquals(401, again.status());
        assertEquals("The username or the password is wrong.", again.object().getString("detail"));
        assertEquals(409, admin.post("api/staff/" + created.id() + "/password-link", "{}").status());
        assertEquals(200, admin.post("api/staff/" + created.id() + "/activate", "{}").status());
        assertEquals(200, Broer.anonymous().post("api/session", signIn(created.username(), Staff.PASSWORD)).status());
    }

    @Test
    default void aResetLinkSetsANewPasswordAndSignsOutEveryDevice() {
        Http admin = admin();
        Staff.Created created = Staff.create(admin, "assessor");
        Staff.setPassword(created.token(), Staff.PASSWORD);
        Http before = Broer.signedIn(created.username(), Staff.PASSWORD);
        JsonObject link = admin.post("api/staff/" + created.id() + "/password-link", "{}").object();
        assertEquals("reset", link.getString("purpose"));
        String token = link.getString("url").substring(link.getString("url").indexOf('#') + 1);
        assertEquals(200, Staff.setPassword(token, "en helt ny sætning om kaffe").status());
        assertEquals(401, before.get("api/account").status());
        assertEquals(401, Broer.anonymous().post("api/session", signIn(created.username(), Staff.PASSWORD)).status());
        assertEquals(200, Broer.anonymous().post("api/session", signIn(created.username(), "en helt ny sætning om kaffe")).status());
    }

    @Test
    default void aNewLinkVoidsTheAccountsEarlierOne() {
        Http admin = admin();
        Staff.Created created = Staff.create(admin, "trainer");
        admin.post("api/staff/" + created.id() + "/password-link", "{}");
        assertEquals(404, Staff.setPassword(created.token(), Staff.PASSWORD).status());
    }

    @Test
    default void changingMyPasswordNeedsTheCurrentOneAndSignsOutMyOtherDevices() {
        Http admin = admin();
        Http laptop = Staff.signedInAs(admin, "coordinator");
        String username = laptop.get("api/account").object().getString("username");
        Http phone = Broer.signedIn(username, Staff.PASSWORD);
        Http.Reply wrong = laptop.put("api/account/password?lang=en",
                "{\"currentPassword\":\"guess guess guess\",\"newPassword\":\"to sommerfugle i maven\"}");
        assertEquals(400, wrong.status());
        assertEquals("This is not your current password.", wrong.fieldError("currentPassword"));
        Http.Reply weak = laptop.put("api/account/password?lang=da",
                "{\"currentPassword\":\"" + Staff.PASSWORD + "\",\"newPassword\":\"kort\"}");
        assertTrue(weak.fieldError("newPassword").contains("mindst 12 tegn"), weak.toString());
        assertEquals(204, laptop.put("api/account/password",
                "{\"currentPassword\":\"" + Staff.PASSWORD + "\",\"newPassword\":\"to sommerfugle i maven\"}").status());
        assertEquals(200, laptop.get("api/account").status(), "this device stays signed in");
        assertEquals(401, phone.get("api/account").status(), "the other device is signed out");
        assertEquals(200, Broer.anonymous().post("api/session", signIn(username, "to sommerfugle i maven")).status());
    }

    @Test
    default void rolesChangedByAnAdminApplyToTheOpenSession() {
        Http admin = admin();
        Http person = Staff.signedInAs(admin, "trainer");
        long id = person.get("api/account").object().getJsonNumber("id").longValue();
        assertEquals(403, person.post("api/organisations", "{\"name\":\"Roller " + id + "\",\"sector\":\"retail\"}").status());
        assertEquals(200, admin.put("api/staff/" + id, "{\"displayName\":\"Testperson\",\"roles\":[\"trainer\",\"coordinator\"]}").status());
        assertEquals(201, person.post("api/organisations", "{\"name\":\"Roller " + id + "\",\"sector\":\"retail\"}").status());
    }

    @Test
    default void namesAreKeptExactlyAsTypedInAnyScript() {
        Http admin = admin();
        for (String name : new String[] {"Nguyễn Thị Mai", "محمد الأحمد", "Jógvan Ødegård", "<script>alert(1)</script>"}) {
            String json = "{\"username\":\"name." + Math.abs(name.hashCode()) + "\",\"displayName\":\"" + name + "\",\"roles\":[\"trainer\"]}";
            Http.Reply reply = admin.post("api/staff", json);
            assertEquals(201, reply.status(), reply.toString());
            assertEquals(name, reply.object().getJsonObject("account").getString("displayName"));
        }
    }

    @Test
    default void badAccountDetailsNameEveryFieldAndSaveNothing() {
        Http admin = admin();
        int before = admin.get("api/staff").array().size();
        Http.Reply reply = admin.post("api/staff?lang=en", "{\"username\":\"A B\",\"displayName\":\"\",\"roles\":[\"learner\"]}");
        assertEquals(400, reply.status());
        assertFalse(reply.fieldError("username").isEmpty());
        assertEquals("Type the person's name.", reply.fieldError("displayName"));
        assertFalse(reply.fieldError("roles").isEmpty());
        Http.Reply contact = admin.post("api/staff?lang=da", "{\"username\":\"hr.x\",\"displayName\":\"HR\",\"roles\":[\"organisation-contact\"]}");
        assertEquals("En kontaktperson skal høre til en organisation. Vælg en.", contact.fieldError("organisationId"));
        Staff.Created first = Staff.create(admin, "trainer");
        Http.Reply taken = admin.post("api/staff", "{\"username\":\"" + first.username().toUpperCase()
                + "\",\"displayName\":\"X\",\"roles\":[\"trainer\"]}");
        assertEquals(409, taken.status());
        assertFalse(taken.fieldError("username").isEmpty());
        assertEquals(before + 1, admin.get("api/staff").array().size(), "only the one good account was saved");
    }

    @Test
    default void tenWrongPasswordsForOneAccountStopEvenTheRightOneForAWhile() {
        Http admin = admin();
        Staff.Created created = Staff.create(admin, "trainer");
        Staff.setPassword(created.token(), Staff.PASSWORD);
        Http attacker = Broer.anonymous();
        for (int i = 0; i < 10; i++) {
            assertEquals(401, attacker.post("api/session", signIn(created.username(), "guess number " + i + " here")).status());
        }
        Http.Reply blocked = attacker.post("api/session?lang=en", signIn(created.username(), "guess number 10 here"));
        assertEquals(429, blocked.status());
        assertTrue(Integer.parseInt(blocked.header("Retry-After")) > 0, blocked.header("Retry-After"));
        assertTrue(blocked.object().getString("detail").startsWith("Too many failed attempts."), blocked.toString());
        assertEquals(429, Broer.anonymous().post("api/session", signIn(created.username(), Staff.PASSWORD)).status(),
                "per account: another address and the right password wait too");
        Http.Reply nobody = attacker.post("api/session", signIn("nobody." + created.id(), "x"));
        assertEquals(401, nobody.status(), "another username from the same address is not blocked yet");
    }

    @Test
    default void unknownUsernamesAreThrottledLikeRealOnes() {
        Http attacker = Broer.anonymous();
        String ghost = "ghost." + System.nanoTime();
        for (int i = 0; i < 10; i++) {
            assertEquals(401, attacker.post("api/session", signIn(ghost, "guess " + i + " for ghost")).status());
        }
        assertEquals(429, attacker.post("api/session", signIn(ghost, "one more guess")).status(),
                "the answer does not reveal whether the account exists");
    }

    @Test
    default void guessingLinksIsThrottledPerAddress() {
        Http guesser = Broer.anonymous();
        for (int i = 0; i < 20; i++) {
            assertEquals(404, guesser.post("api/links/inspect", "{\"token\":\"guess-" + i + "-aaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"}").status());
        }
        assertEquals(429, guesser.post("api/links/inspect", "{\"token\":\"guess-21-aaaaaaaaaaaaaaaaaaaaaaaaaaaa\"}").status());
        Staff.Created created = Staff.create(admin(), "trainer");
        assertEquals(429, guesser.post("api/links/inspect", "{\"token\":\"" + created.token() + "\"}").status(),
                "even a real link waits: the address is throttled, not the token");
        assertEquals(200, Broer.anonymous().post("api/links/inspect", "{\"token\":\"" + created.token() + "\"}").status());
    }

    @Test
    default void theFirstAdminIsMadeWithTheOneTimeSetupLinkFromTheStartUpLog() throws IOException {
        String url = Files.readString(Broer.logDir().resolve("it-setup-link.txt")).strip();
        assertTrue(url.startsWith(Broer.base() + "setup.html#"), url);
        String token = url.substring(url.indexOf('#') + 1);
        Http operator = Broer.anonymous();
        assertEquals("setup", operator.post("api/links/inspect", "{\"token\":\"" + token + "\"}").object().getString("purpose"));
        assertEquals(404, operator.post("api/links/password", "{\"token\":\"" + token + "\",\"password\":\"" + Staff.PASSWORD + "\"}").status(),
                "a setup link sets no existing account's password");
        Http.Reply weak = operator.post("api/links/setup", "{\"token\":\"" + token
                + "\",\"username\":\"first.admin\",\"displayName\":\"Første Admin\",\"password\":\"123456789012\"}");
        assertEquals(400, weak.status());
        assertFalse(weak.fieldError("password").isEmpty());
        Http.Reply made = operator.post("api/links/setup", "{\"token\":\"" + token
                + "\",\"username\":\"first.admin\",\"displayName\":\"Første Admin\",\"password\":\"" + Staff.PASSWORD + "\"}");
        assertEquals(201, made.status(), made.toString());
        Http first = Broer.signedIn("first.admin", Staff.PASSWORD);
        assertEquals("[\"admin\"]", first.get("api/session").object().getJsonArray("roles").toString());
        assertEquals(404, operator.post("api/links/setup", "{\"token\":\"" + token
                + "\",\"username\":\"second.admin\",\"displayName\":\"X\",\"password\":\"" + Staff.PASSWORD + "\"}").status());
    }

    @Test
    default void everyStaffChangeIsInTheAuditLogByIdOnly() {
        Http admin = admin();
        long adminId = admin.get("api/session").object().getJsonNumber("id").longValue();
        Staff.Created created = Staff.create(admin, "trainer");
        JsonObject entry = admin.get("api/audit?action=staff.create&targetId=" + created.id()).object()
                .getJsonArray("entries").getJsonObject(0);
        assertEquals("staff", entry.getJsonObject("actor").getString("kind"));
        assertEquals(adminId, entry.getJsonObject("actor").getJsonNumber("id").longValue());
        assertEquals(String.valueOf(created.id()), entry.getString("targetId"));
        assertTrue(entry.getString("detail").contains("roles=trainer"), entry.toString());
        assertFalse(entry.getString("detail").contains("Testperson"), "the new person's name is not in the log");
        assertTrue(entry.getString("clientAddress").startsWith("198.18."), "the address behind the trusted proxy");
        admin.post("api/staff/" + created.id() + "/deactivate", "{}");
        assertEquals(1, admin.get("api/audit?action=staff.deactivate&targetId=" + created.id()).object()
                .getJsonArray("entries").size());
        assertEquals(400, admin.get("api/audit?from=yesterday").status());
    }

    @Test
    default void changesFromAnotherSiteAreRefused() {
        Http admin = admin();
        Http.Reply forged = admin.from("https://evil.example").post("api/staff?lang=en",
                "{\"username\":\"forged\",\"displayName\":\"F\",\"roles\":[\"admin\"]}");
        assertEquals(403, forged.status());
        assertTrue(forged.object().getString("detail").contains("another website"), forged.toString());
        Http.Reply noOrigin = admin.from(null).post("api/staff", "{\"username\":\"forged2\",\"displayName\":\"F\",\"roles\":[\"admin\"]}");
        assertEquals(403, noOrigin.status(), "with a session cookie, a change must say where it comes from");
        assertEquals(200, admin.get("api/staff").status(), "reading is not a change");
        assertEquals(401, Broer.anonymous().from(null).post("api/staff", "{}").status(), "a script with no session is just not signed in");
    }

    @Test
    default void largeBodiesAreRefusedWithA413BeforeTheyAreRead() throws Exception {
        String big = "{\"answers\":[" + IntStream.range(0, 20_000).mapToObj(i -> "{\"question\":\"q" + i + "\",\"selected\":[1]}")
                .collect(Collectors.joining(",")) + "]}";
        Http.Reply declared = Broer.anonymous().post("api/modules/" + ContentApiTests.moduleWithQuestions().id() + "/answers?lang=en", big);
        assertEquals(413, declared.status());
        assertEquals("What you sent is too large. The limit is 64 KB.", declared.object().getString("detail"));
        // Without Content-Length (chunked), the body is cut off at the cap instead.
        HttpRequest chunked = HttpRequest.newBuilder(URI.create(Broer.base() + "api/modules/"
                        + ContentApiTests.moduleWithQuestions().id() + "/answers?lang=da"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big.getBytes()))).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(chunked, HttpResponse.BodyHandlers.ofString());
        assertEquals(413, response.statusCode(), response.body());
        assertTrue(response.body().contains("for stort"), response.body());
    }

    @Test
    default void oneAnswerListsAtMostTwentyFieldErrors() {
        String many = "{\"answers\":[" + IntStream.range(0, 300).mapToObj(i -> "{\"question\":\"nope" + i + "\",\"selected\":[1]}")
                .collect(Collectors.joining(",")) + "]}";
        Http.Reply reply = Broer.anonymous().post("api/modules/" + ContentApiTests.moduleWithQuestions().id() + "/answers?lang=en", many);
        assertEquals(400, reply.status());
        assertEquals(20, reply.object().getJsonArray("errors").size());
        assertTrue(reply.body().contains("more problems"), reply.body());
        assertTrue(reply.body().length() < 10_000, "a small answer: " + reply.body().length());
    }

    @Test
    default void anEmptyBodyIsAnsweredWithASentenceNotAKey() {
        Http.Reply reply = Broer.anonymous().post("api/modules/" + ContentApiTests.moduleWithQuestions().id() + "/answers?lang=en", "");
        assertEquals(400, reply.status());
        String detail = reply.object().getString("detail");
        assertFalse(detail.startsWith("problem.") || detail.startsWith("answers."), detail);
        assertTrue(detail.endsWith("."), detail);
    }

    @Test
    default void staffPagesSendTheAnonymousToSignInAndOthersAway() {
        Http.Reply anonymous = Broer.anonymous().get("staff.html");
        assertEquals(302, anonymous.status());
        assertTrue(anonymous.header("Location").endsWith("/sign-in.html?next=%2Fstaff.html"), anonymous.header("Location"));
        Http.Reply trainer = Broer.demo("trainer").get("staff.html");
        assertEquals(403, trainer.status());
        assertTrue(trainer.body().contains("js/forbidden.js"));
        Http.Reply admin = admin().get("staff.html", "Accept-Language", "en");
        assertEquals(200, admin.status());
        assertTrue(admin.body().contains("<html lang=\"en\""), "the frame arrives in the reader's language");
        assertTrue(admin.body().contains("href=\"audit.html\""), "the menu shows what the roles open");
        assertFalse(Broer.demo("trainer").get("index.html").body().contains("href=\"staff.html\""));
    }
}
