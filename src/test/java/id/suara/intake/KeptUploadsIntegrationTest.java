package id.suara.intake;

import static org.assertj.core.api.Assertions.assertThat;

import id.suara.test.SuaraIntegrationTest;
import id.suara.test.TestAttachmentDirectory;
import id.suara.test.TestFiles;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

@SuaraIntegrationTest
class KeptUploadsIntegrationTest {

    @Autowired
    KeptUploads keptUploads;

    @Autowired
    TransactionTemplate transactions;

    record Upload(String originalName, String declaredType, byte[] bytes) implements IncomingFile {
        @Override
        public long size() {
            return bytes.length;
        }

        @Override
        public InputStream open() {
            return new ByteArrayInputStream(bytes);
        }
    }

    @Test
    void aDiscardThatRollsBackKeepsTheFileWithItsRow() {
        var token = "kept-" + UUID.randomUUID();
        keptUploads.keep(token, List.of(new Upload("surat.pdf", "application/pdf", TestFiles.pdf())));
        var file = keptPath(token);
        assertThat(file).exists();

        transactions.executeWithoutResult(status -> {
            keptUploads.discard(token);
            status.setRollbackOnly();
        });

        assertThat(keptUploads.incoming(token)).hasSize(1);
        assertThat(file)
                .as("the row came back with the rollback, so its file must still be there")
                .exists();
    }

    @Test
    void aFileKeptByATransactionThatRollsBackIsDeletedWithItsRow() {
        var token = "kept-" + UUID.randomUUID();
        long files = TestAttachmentDirectory.fileCount();

        transactions.executeWithoutResult(status -> {
            keptUploads.keep(token, List.of(new Upload("surat.pdf", "application/pdf", TestFiles.pdf())));
            assertThat(TestAttachmentDirectory.fileCount()).isEqualTo(files + 1);
            status.setRollbackOnly();
        });

        assertThat(keptUploads.incoming(token)).isEmpty();
        assertThat(TestAttachmentDirectory.fileCount()).isEqualTo(files);
    }

    @Test
    void aCommittedDiscardDeletesTheFile() {
        var token = "kept-" + UUID.randomUUID();
        keptUploads.keep(token, List.of(new Upload("surat.pdf", "application/pdf", TestFiles.pdf())));
        var file = keptPath(token);

        keptUploads.discard(token);

        assertThat(keptUploads.incoming(token)).isEmpty();
        assertThat(Files.exists(file)).isFalse();
    }

    private Path keptPath(String token) {
        return ((KeptUploads.Kept) keptUploads.incoming(token).getFirst()).path();
    }
}
