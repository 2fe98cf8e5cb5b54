package dk.broer.evaluations.control;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What one person answered: a score per item and perhaps a comment. Its bytes always have the
 * same length, so that a sealed answer's size does not tell a long comment from none.
 */
public record AnswerContent(SortedMap<String, Integer> scores, String comment) {

    /**
     * Room for five items and a comment of 1,000 UTF-16 units, which modified UTF-8 writes in at
     * most 3,000 bytes.
     */
    static final int PADDED_LENGTH = 3400;
    private static final int VERSION = 1;

    public AnswerContent {
        scores = new TreeMap<>(scores);
    }

    public AnswerContent(Map<String, Integer> scores, String comment) {
        this(new TreeMap<>(scores), comment);
    }

    public Optional<String> commentIfAny() {
        return Optional.ofNullable(comment);
    }

    /**
     * Answers are written in this order when released: it depends on what was answered only, so
     * the order of the rows says nothing about who answered first.
     */
    public String order() {
        StringBuilder key = new StringBuilder();
        scores.forEach((item, score) -> key.append(item).append('=').append(score).append(';'));
        return key.append('\u0000').append(comment == null ? "" : comment).toString();
    }

    byte[] padded() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(PADDED_LENGTH);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            out.writeByte(scores.size());
            for (Map.Entry<String, Integer> score : scores.entrySet()) {
                out.writeUTF(score.getKey());
                out.writeByte(score.getValue());
            }
            out.writeBoolean(comment != null);
            out.writeUTF(comment == null ? "" : comment);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.size() > PADDED_LENGTH) {
            throw new IllegalArgumentException("An answer is longer than an evaluation allows");
        }
        byte[] padded = new byte[PADDED_LENGTH];
        System.arraycopy(bytes.toByteArray(), 0, padded, 0, bytes.size());
        return padded;
    }

    static AnswerContent read(byte[] padded) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(padded))) {
            if (in.readByte() != VERSION) {
                throw new IllegalStateException("Unknown version of a held answer");
            }
            int count = in.readByte();
            SortedMap<String, Integer> scores = new TreeMap<>();
            for (int i = 0; i < count; i++) {
                scores.put(in.readUTF(), (int) in.readByte());
            }
            boolean commented = in.readBoolean();
            String comment = in.readUTF();
            return new AnswerContent(scores, commented ? comment : null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
