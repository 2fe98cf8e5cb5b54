package dk.broer.system;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Organisations, kept by coordinators: unique names regardless of case and spacing, deactivation. */
interface OrganisationTests {

    private static Http coordinator() {
        return Broer.demo("coordinator");
    }

    private static String organisation(String name, String sector) {
        return "{\"name\":\"" + name + "\",\"sector\":\"" + sector + "\"}";
    }

    @Test
    default void staffReadTheDemoOrganisationsWithSectorsInTheirLanguage() {
        JsonArray organisations = Broer.demo("trainer").get("api/organisations?lang=da").array();
        Set<String> names = organisations.getValuesAs(JsonObject.class).stream().map(o -> o.getString("name"))
                .collect(Collectors.toSet());
        assertTrue(names.containsAll(Set.of("Fjordlinjen Bus A/S", "Natklub Lygten 7", "Butik Sølvgade Syd",
                "Hotel Havnelys", "Foreningen Bro i Husum")), names.toString());
        assertTrue(organisations.toString().contains("\"label\":\"Natteliv\""), organisations.toString());
        JsonObject first = organisations.getJsonObject(0);
        JsonObject one = Broer.demo("assessor").get("api/organisations/" + first.getInt("id") + "?lang=en").object();
        assertEquals(first.getString("name"), one.getString("name"));
        assertEquals(401, Broer.anonymous().get("api/organisations").status());
    }

    @Test
    default void aNameTakenInAnyCaseOrSpacingIsRefusedOnTheNameField() {
        Http coordinator = coordinator();
        Http.Reply duplicate = coordinator.post("api/organisations?lang=en", organisation("  hotel   HAVNELYS ", "hospitality"));
        assertEquals(409, duplicate.status());
        assertEquals("An organisation with this name already exists.", duplicate.fieldError("name"));
        JsonObject made = coordinator.post("api/organisations", organisation("Kiosk  Ørestad " + System.nanoTime(), "retail")).object();
        assertTrue(made.getString("name").matches("Kiosk Ørestad \\d+"), "runs of spaces become one: " + made);
        Http.Reply rename = coordinator.put("api/organisations/" + made.getInt("id") + "?lang=da", organisation("natklub lygten 7", "retail"));
        assertEquals(409, rename.status());
        assertEquals("Der findes allerede en organisation med dette navn.", rename.fieldError("name"));
    }

    @Test
    default void renameChangeSectorDeactivateAndActivate() {
        Http coordinator = coordinator();
        String name = "Café Ønskebrønd " + System.nanoTime();
        JsonObject made = coordinator.post("api/organisations", organisation(name, "hospitality")).object();
        String path = "api/organisations/" + made.getInt("id");
        JsonObject renamed = coordinator.put(path + "?lang=en", organisation(name + " ApS", "retail")).object();
        assertEquals(name + " ApS", renamed.getString("name"));
        assertEquals("Retail", renamed.getJsonObject("sector").getString("label"));
        assertFalse(coordinator.post(path + "/deactivate", "{}").object().getBoolean("active"));
        assertFalse(names(coordinator.get("api/organisations").array()).contains(name + " ApS"), "inactive ones are left out");
        assertTrue(names(coordinator.get("api/organisations?includeInactive=true").array()).contains(name + " ApS"));
        assertTrue(coordinator.post(path + "/activate", "{}").object().getBoolean("active"));
        JsonArray log = Broer.demo("admin").get("api/audit?targetKind=organisation&targetId=" + made.getInt("id")).object()
                .getJsonArray("entries");
        assertEquals(List.of("organisation.activate", "organisation.deactivate", "organisation.update", "organisation.create"),
                log.getValuesAs(JsonObject.class).stream().map(e -> e.getString("action")).toList());
    }

    @Test
    default void anUnusedOrganisationCanBeDeletedAUsedOneOnlyDeactivated() {
        Http coordinator = coordinator();
        JsonObject unused = coordinator.post("api/organisations", organisation("Slettes " + System.nanoTime(), "retail")).object();
        assertEquals(204, coordinator.delete("api/organisations/" + unused.getInt("id")).status());
        assertEquals(404, coordinator.get("api/organisations/" + unused.getInt("id")).status());
        // The demo organisation contact works for Fjordlinjen Bus A/S, so it is in use.
        long bus = coordinator.get("api/organisations").array().getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("name").equals("Fjordlinjen Bus A/S")).findFirst().orElseThrow().getInt("id");
        Http.Reply refused = coordinator.delete("api/organisations/" + bus + "?lang=en");
        assertEquals(409, refused.status());
        assertEquals("This organisation is in use, so it cannot be deleted. Deactivate it instead.",
                refused.object().getString("detail"));
    }

    @Test
    default void badOrganisationInputNamesTheFieldAndSavesNothing() {
        Http coordinator = coordinator();
        int before = coordinator.get("api/organisations?includeInactive=true").array().size();
        Http.Reply reply = coordinator.post("api/organisations?lang=en", organisation(" ", "bakery"));
        assertEquals(400, reply.status());
        assertEquals("Type the organisation's name.", reply.fieldError("name"));
        assertTrue(reply.fieldError("sector").startsWith("Choose a sector:"), reply.toString());
        assertEquals(400, coordinator.post("api/organisations", organisation("x".repeat(201), "retail")).status());
        assertEquals(400, coordinator.post("api/organisations", "{\"name\":").status());
        assertEquals(before, coordinator.get("api/organisations?includeInactive=true").array().size());
        String hostile = "<script>alert(1)</script> & Søn";
        assertEquals(hostile, coordinator.post("api/organisations", organisation(hostile.replace("\"", "\\\""), "retail"))
                .object().getString("name"), "stored and returned exactly as typed; pages escape it");
    }

    private static List<String> names(JsonArray organisations) {
        return organisations.getValuesAs(JsonObject.class).stream().map(o -> o.getString("name")).toList();
    }
}
