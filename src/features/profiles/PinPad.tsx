import { useTranslation } from '../../i18n/use-translation';
import { formatNumber } from '../../i18n/format';

const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'] as const;

interface Props {
  length: number;
  disabled: boolean;
  onDigit(digit: string): void;
  onErase(): void;
}

/** Large keypad buttons showing digits as the child's language writes them. */
export function PinPad({ length, disabled, onDigit, onErase }: Props) {
  const { t } = useTranslation();
  return (
    <div>
      <div class="pin-dots" role="status" aria-label={t('pin.entered', { count: length })}>
        {[0, 1, 2, 3].map((i) => <span key={i} class={i < length ? 'pin-dot filled' : 'pin-dot'} />)}
      </div>
      <div class="pin-pad">
        {DIGITS.map((digit) => (
          <button
            key={digit}
            type="button"
            class={digit === '0' ? 'button secondary pin-zero' : 'button secondary'}
            aria-label={t('pin.digit', { digit })}
            disabled={disabled}
            onClick={() => onDigit(digit)}
          >
            {formatNumber(Number(digit))}
          </button>
        ))}
        <button type="button" class="button secondary" disabled={disabled || length === 0} onClick={onErase}>
          {t('pin.erase')}
        </button>
      </div>
    </div>
  );
}
