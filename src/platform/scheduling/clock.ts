import { Injectable } from '@nestjs/common';

/**
 * The time, as one injectable: code whose behaviour depends on deadlines (breach notices within 72
 * hours, inactivity warnings) asks the clock instead of `new Date()`, so tests can move time forward
 * without sleeping.
 */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
