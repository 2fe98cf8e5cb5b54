package dk.broer.content.boundary;

import dk.broer.people.boundary.Public;
import dk.broer.content.entity.Module;
import dk.broer.platform.control.ApiProblem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;

import java.nio.file.Files;
import java.util.Map;
import java.util.regex.Pattern;

/** Serves the pictures in a module's images/ folder; names are checked so no other file can be read. */
@Public
@Path("modules/{id}/images")
@RequestScoped
public class ContentImagesResource {

    private static final Pattern NAME = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._-]*\\.(svg|png|jpg|jpeg|webp)$");
    private static final Map<String, String> TYPES = Map.of("svg", "image/svg+xml", "png", "image/png",
            "jpg", "image/jpeg", "jpeg", "image/jpeg", "webp", "image/webp");

    @Inject
    ContentCatalogue content;

    @GET
    @Path("{file}")
    public Response image(@PathParam("id") String id, @PathParam("file") String file) {
        Module module = content.catalogue().module(id).orElseThrow(() -> ApiProblem.notFound("module.notFound", id));
        java.nio.file.Path path = module.imagesFolder().resolve(file);
        if (!NAME.matcher(file).matches() || !Files.isRegularFile(path)) {
            throw ApiProblem.notFound("module.imageNotFound", id, file);
        }
        CacheControl cache = new CacheControl();
        cache.setMaxAge(3600);
        String extension = file.substring(file.lastIndexOf('.') + 1).toLowerCase();
        return Response.ok(path.toFile(), TYPES.get(extension)).cacheControl(cache)
                // An SVG opened on its own must not run anything.
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                .build();
    }
}
