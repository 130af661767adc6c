package id.suara.intake;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.web.multipart.MultipartFile;

/** An uploaded multipart file as an incoming attachment. */
public record MultipartIncomingFile(MultipartFile file) implements IncomingFile {

    /**
     * The files of a request's parts; a part without a file (empty and unnamed: what a browser sends for a file input
     * left blank) is no attachment, while an empty file with a name is kept, so intake refuses it by name.
     */
    public static List<IncomingFile> of(List<MultipartFile> parts) {
        return parts == null
                ? List.of()
                : parts.stream()
                        .filter(f -> !f.isEmpty()
                                || (f.getOriginalFilename() != null
                                        && !f.getOriginalFilename().isEmpty()))
                        .<IncomingFile>map(MultipartIncomingFile::new)
                        .toList();
    }

    @Override
    public String originalName() {
        return file.getOriginalFilename();
    }

    @Override
    public String declaredType() {
        return file.getContentType();
    }

    @Override
    public long size() {
        return file.getSize();
    }

    @Override
    public InputStream open() throws IOException {
        return file.getInputStream();
    }
}
