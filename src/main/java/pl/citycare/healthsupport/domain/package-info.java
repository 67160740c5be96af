/** Health support's entities and value objects: centres, and what the hotline and centres record. */
package pl.citycare.healthsupport.domain;
