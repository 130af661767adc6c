package id.suara.intake;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Intake settings.
 *
 * @param attachmentDirectory where attachment files are kept, outside the database
 * @param maxAttachments how many files one submission may carry
 * @param maxAttachmentBytes the largest file accepted
 * @param maxSubmissionBytes the most all files of one submission may add up to
 */
@ConfigurationProperties("suara.intake")
record IntakeSettings(
        Path attachmentDirectory,
        @DefaultValue("10") int maxAttachments,
        @DefaultValue("10485760") long maxAttachmentBytes,
        @DefaultValue("26214400") long maxSubmissionBytes) {

    IntakeSettings {
        if (attachmentDirectory == null) {
            attachmentDirectory = Path.of(System.getProperty("user.home"), ".suara", "attachments");
        }
    }
}
