package dk.broer.platform.control;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Server-side texts (errors, labels) in Danish and English, from dk/broer/platform/messages*.properties. */
public final class Messages {

    public static final List<String> LANGUAGES = List.of("da", "en");
    private static final String BUNDLE = "dk.broer.platform.messages";
    /** No fallback to the JVM's locale: a Danish user on an English server still reads Danish. */
    private static final ResourceBundle.Control CONTROL = ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    public static String text(String language, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(language), CONTROL);
        try {
            return new MessageFormat(bundle.getString(key), Locale.forLanguageTag(language)).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
