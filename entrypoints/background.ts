export default defineBackground(() => {
  // wired by src/background (see issue 2)
});
