import { NumberInput, type NumberInputProps } from '@mantine/core';

/** Whole numbers typed the Indonesian way: 1.500.000 (dots group thousands). */
export function CountInput(props: NumberInputProps) {
  return (
    <NumberInput
      allowDecimal={false}
      allowNegative={false}
      thousandSeparator="."
      decimalSeparator=","
      hideControls
      inputMode="numeric"
      {...props}
    />
  );
}

/** Rupiah amounts: "Rp" prefix, thousands separated by dots, no decimals. */
export function RupiahInput(props: NumberInputProps) {
  return <CountInput prefix="Rp " max={100_000_000_000} {...props} />;
}
