package id.suara.ratelimit;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;

/**
 * The client a request is counted against: its remote address. Behind a reverse proxy, Spring Boot's forward-headers
 * support ({@code server.forward-headers-strategy}) makes this the real client's address; the headers are never read here,
 * since anyone can send them.
 */
public final class ClientAddress {

    private ClientAddress() {}

    /** The request's client; an IPv6 client by its /64 network, as one subscriber is usually given a whole /64. */
    public static String of(HttpServletRequest request) {
        var address = request.getRemoteAddr();
        if (address == null || address.isBlank()) {
            return "unknown";
        }
        if (address.indexOf(':') < 0) {
            return address;
        }
        try {
            // a literal with ':' is parsed as IPv6, never looked up in DNS
            var bytes = InetAddress.getByName(address).getAddress();
            return bytes.length == 16 ? HexFormat.of().formatHex(bytes, 0, 8) + "::/64" : address;
        } catch (UnknownHostException e) {
            return address;
        }
    }
}
