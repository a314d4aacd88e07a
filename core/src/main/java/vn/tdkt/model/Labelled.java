package vn.tdkt.model;

/** A value with the Vietnamese words the guidance uses for it, shown to officials in findings. */
public interface Labelled {
    String label();
}
