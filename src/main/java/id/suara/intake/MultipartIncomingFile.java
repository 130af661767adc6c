package id.suara.intake;

import java.io.IOException;
import java.io.InputStream;
import org.springframework.web.multipart.MultipartFile;

/** An uploaded multipart file as an incoming attachment. */
public record MultipartIncomingFile(MultipartFile file) implements IncomingFile {

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
