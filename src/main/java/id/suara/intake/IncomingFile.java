package id.suara.intake;

import java.io.IOException;
import java.io.InputStream;

/** An attachment as it arrives, before it is checked and stored. */
public interface IncomingFile {

    /** The name the sender gave it; sanitised before storing. */
    String originalName();

    /** The media type the sender declared, or null. */
    String declaredType();

    long size();

    InputStream open() throws IOException;
}
