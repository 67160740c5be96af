package pl.citycare.healthsupport.application.client;

import jakarta.ejb.ApplicationException;

/**
 * No client with this code in the caller's centres. A client of another centre gets the same answer as
 * one that does not exist, so a code typed into a URL tells nothing about other centres.
 */
@ApplicationException(rollback = true)
public class ClientNotFound extends RuntimeException {

    public ClientNotFound() {
        super("health.client.notFound");
    }
}
