package pl.citycare.healthsupport.domain.client;

import jakarta.enterprise.context.ApplicationScoped;
import pl.citycare.platform.crypto.SealedColumn;

import java.util.List;

/** The sealed columns of clients and their notes, for the platform's key rotation. */
@ApplicationScoped
public class ClientSealedColumns implements SealedColumn.Contribution {

    @Override
    public List<SealedColumn> sealedColumns() {
        return List.of(new SealedColumn("hs_client", "id", "name_sealed", Client.NAME_PURPOSE),
                new SealedColumn("hs_client", "id", "phone_sealed", Client.PHONE_PURPOSE),
                new SealedColumn("hs_session_note", "id", "body_sealed", SessionNote.BODY_PURPOSE));
    }
}
