package dk.broer.system;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** src/test/resources/authorisation.txt: operation × kind of caller → allow, deny, own or hide. */
record AuthorisationTable(List<String> callers, Map<String, Map<String, String>> rules) {

    static AuthorisationTable load() {
        try (InputStream in = AuthorisationTable.class.getResourceAsStream("/authorisation.txt")) {
            List<String> callers = new ArrayList<>();
            Map<String, Map<String, String>> rules = new LinkedHashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] words = line.strip().split("\\s+");
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (words[0].equals("callers")) {
                    callers.addAll(List.of(words).subList(1, words.length));
                    continue;
                }
                if (words.length != callers.size() + 2) {
                    throw new IllegalStateException("authorisation.txt: wrong number of columns in: " + line);
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < callers.size(); i++) {
                    row.put(callers.get(i), words[i + 2]);
                }
                if (rules.put(words[0] + " " + words[1], row) != null) {
                    throw new IllegalStateException("authorisation.txt: twice: " + words[0] + " " + words[1]);
                }
            }
            return new AuthorisationTable(List.copyOf(callers), rules);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    List<String> apiOperations() {
        return rules.keySet().stream().filter(op -> !op.startsWith("PAGE ")).toList();
    }
}
