package pl.citycare.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import pl.citycare.procurement.application.EquipmentHandedOver;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Another context's view of procurement's published event, as a test sees it: every hand-over observed. */
@ApplicationScoped
public class RecordedHandOvers {

    private final List<EquipmentHandedOver> seen = new CopyOnWriteArrayList<>();

    void observe(@Observes EquipmentHandedOver event) {
        seen.add(event);
    }

    public List<EquipmentHandedOver> seen() {
        return List.copyOf(seen);
    }
}
