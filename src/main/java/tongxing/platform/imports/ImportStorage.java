package tongxing.platform.imports;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import tongxing.platform.imports.table.TableFormat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/**
 * Uploaded files and error reports under {@code ${tongxing.storage-dir}/imports/}. The database
 * keeps only our own generated file names, never a path from the request.
 */
@Component
class ImportStorage {

    private static final Logger log = LoggerFactory.getLogger(ImportStorage.class);
    private static final String NAME = "[0-9a-f-]{36}(\\.xlsx|\\.csv|-errors\\.xlsx)";

    private final Path dir;

    ImportStorage(@Value("${tongxing.storage-dir:./data/files}") String storageDir) {
        this.dir = Path.of(storageDir, "imports").toAbsolutePath().normalize();
    }

    /** An uploaded file kept for validation and commit. */
    record Stored(String name, Path path, TableFormat format) {
        String errorReportName() {
            return name.substring(0, 36) + "-errors.xlsx";
        }
    }

    Stored store(MultipartFile upload) {
        String id = UUID.randomUUID().toString();
        try {
            Files.createDirectories(dir);
            Path incoming = dir.resolve(id + ".upload");
            try (var in = upload.getInputStream()) {
                Files.copy(in, incoming, StandardCopyOption.REPLACE_EXISTING);
            }
            TableFormat format;
            try {
                format = TableFormat.detect(incoming, upload.getOriginalFilename());
            } catch (RuntimeException e) {
                Files.deleteIfExists(incoming);
                throw e;
            }
            String name = id + format.extension();
            Path target = Files.move(incoming, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            return new Stored(name, target, format);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path resolve(String name) {
        if (name == null || !name.matches(NAME)) throw new IllegalArgumentException("not an import file name: " + name);
        return dir.resolve(name);
    }

    void delete(String name) {
        if (name == null) return;
        try {
            Files.deleteIfExists(resolve(name));
        } catch (IOException e) {
            log.warn("Could not delete import file {}", name, e);
        }
    }
}
