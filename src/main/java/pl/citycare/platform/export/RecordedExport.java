package pl.citycare.platform.export;

import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a backing bean's download (an export of a list, a report, a printed form): each one is an event of the
 * audit trail before the file goes out, with who, when, and the page and download ({@link ExportLog}).
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RecordedExport {
}
