package dk.trappen.core;

import java.util.Arrays;
import java.util.Locale;

/**
 * A failure the user can act on. It carries a message key and arguments, so each front end
 * can show it in the user's language; {@link #getMessage()} is the Danish text.
 */
public class TrappenException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final String key;
    private final transient Object[] args;

    public TrappenException(String key, Object... args) {
        super(Messages.danish(key, args));
        this.key = key;
        this.args = args.clone();
    }

    public TrappenException(Throwable cause, String key, Object... args) {
        super(Messages.danish(key, args), cause);
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return Arrays.copyOf(args, args.length);
    }

    public String message(Locale locale) {
        return Messages.format(locale, key, args);
    }
}
