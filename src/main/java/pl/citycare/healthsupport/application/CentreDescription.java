package pl.citycare.healthsupport.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import pl.citycare.healthsupport.domain.District;

/**
 * What the coordinator writes about a centre, checked before it reaches the centre: residents read it
 * on the city's help platform.
 *
 * @param phone digits, spaces, dashes and an optional leading "+", 6 to 20 characters (or empty)
 */
public record CentreDescription(
        @NotBlank String code,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 300) String address,
        @NotNull District district,
        @Size(max = 40) @Pattern(regexp = "(\\+?[0-9][0-9 -]{5,19})?", message = "{citycare.validation.phone}") String phone,
        @Size(max = 200) String openingHours,
        boolean active) {
}
