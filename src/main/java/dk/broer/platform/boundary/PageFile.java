package dk.broer.platform.boundary;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One page of the site, from WEB-INF/pages/&lt;name&gt;.html: a header comment saying what it needs,
 * then the markup of its &lt;main&gt;. The header:
 * <pre>
 * &lt;!--
 * title: staff.title      (message key of the page title)
 * script: staff.js        (its ES module in js/)
 * access: admin           (public | signed-in | staff | role codes, comma-separated)
 * nav: 40                 (optional: listed in the menu, in this order, for whoever may open it)
 * --&gt;
 * </pre>
 */
record PageFile(String name, String titleKey, String script, Access access, Integer navOrder, String main) {

    private static final Pattern HEADER = Pattern.compile("\\A\\s*<!--(.*?)-->\\s*", Pattern.DOTALL);

    /** Who may open a page: anyone, anyone signed in, any member of staff, or holders of some role. */
    record Access(String kind, List<String> roles) {

        static final List<String> STAFF_ROLES = List.of("trainer", "coordinator", "assessor", "admin", "organisation-contact");

        static Access parse(String value) {
            String v = value == null ? "public" : value.strip();
            return switch (v) {
                case "public", "signed-in" -> new Access(v, List.of());
                case "staff" -> new Access("roles", STAFF_ROLES);
                default -> new Access("roles", Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList());
            };
        }

        boolean isPublic() {
            return kind.equals("public");
        }
    }

    static PageFile parse(String name, String source) {
        Matcher header = HEADER.matcher(source);
        if (!header.find()) {
            throw new IllegalArgumentException("Page " + name + " has no header comment");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : header.group(1).split("\\R")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                fields.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
            }
        }
        String script = Optional.ofNullable(fields.get("script"))
                .orElseThrow(() -> new IllegalArgumentException("Page " + name + " names no script"));
        return new PageFile(name, fields.getOrDefault("title", "site.name"), script, Access.parse(fields.get("access")),
                fields.containsKey("nav") ? Integer.valueOf(fields.get("nav")) : null, source.substring(header.end()));
    }
}
