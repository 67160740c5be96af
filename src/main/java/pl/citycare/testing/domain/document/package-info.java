/** Result documents (zaświadczenia o wyniku): their unique identifier, the public token of their QR code, revocation. */
package pl.citycare.testing.domain.document;
