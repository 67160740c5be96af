package pl.citycare.platform.export;

import jakarta.annotation.Priority;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import java.io.Serializable;

/** Records a {@link RecordedExport} download in the audit trail before it runs: no file leaves unrecorded. */
@RecordedExport
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class RecordedExportInterceptor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ExportLog log;

    @AroundInvoke
    public Object record(InvocationContext invocation) throws Exception {
        FacesContext faces = FacesContext.getCurrentInstance();
        String page = faces == null || faces.getViewRoot() == null ? "-" : faces.getViewRoot().getViewId();
        log.record(page + "#" + invocation.getMethod().getName());
        return invocation.proceed();
    }
}
