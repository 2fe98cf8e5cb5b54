package dk.broer.content.entity;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A course module: one text per language, sharing id, version and the images in its folder. */
public final class Module {

    private final String id;
    private final Path folder;
    private final Map<String, ModuleText> texts;

    public Module(String id, Path folder, Map<String, ModuleText> texts) {
        this.id = id;
        this.folder = folder;
        this.texts = new LinkedHashMap<>(texts);
    }

    public String id() {
        return id;
    }

    public ModuleText in(String language) {
        ModuleText text = texts.get(language);
        if (text == null) {
            throw new IllegalArgumentException("module " + id + " has no text in " + language);
        }
        return text;
    }

    /** Validation makes every language carry the same version; the first is as good as any. */
    public int version() {
        return texts.values().iterator().next().version();
    }

    public List<String> audiences() {
        return texts.values().iterator().next().audiences();
    }

    public Path imagesFolder() {
        return folder.resolve("images");
    }
}
