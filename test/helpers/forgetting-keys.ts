/** The part of the key service the page cache listens to: whether keys are cached, and which are forgotten. */
export class ForgettingKeys {
  cachingKeys = true;
  private readonly listeners: Array<(userId: string | undefined) => void> = [];
  onForget(listener: (userId: string | undefined) => void): void {
    this.listeners.push(listener);
  }
  forget(userId: string | undefined): void {
    for (const listener of this.listeners) listener(userId);
  }
}
