package pl.citycare.healthsupport.domain.hotline;

import jakarta.enterprise.context.ApplicationScoped;
import pl.citycare.platform.crypto.SealedColumn;

import java.util.List;

/** The hotline's sealed column (call form drafts), for the platform's key rotation. */
@ApplicationScoped
public class HotlineSealedColumns implements SealedColumn.Contribution {

    @Override
    public List<SealedColumn> sealedColumns() {
        return List.of(new SealedColumn("hs_call_draft", "psychologist", "content_sealed", "hs_call_draft.content"));
    }
}
